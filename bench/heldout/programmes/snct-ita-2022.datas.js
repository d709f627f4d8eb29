const datas = [
		{
			"id_schedule": "24102022",
			"date": "2022-10-24T00:00:00.0000000",
			"day": "segunda-feira",
			"sessions": [
				{
					"id_session": 548274,
					"title": "Modelos de ramificações Git Flow e GitHub  Flow para equipes de desenvolvimento de software",
					"title_schedule": "Atividades",
					"venue": "Bloco C - Laboratório 102 (NETGI)",
					"description": "Pre-Requisito: Criar conta no GitHub e instalar a ferramenta Git ( Caso queira acompanhar a prática)",
					"tags": "Github, Git Flow",
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 461769,
							"name": "Iano de Benedito Maciel",
							"photo": "https://images.even3.com.br/x3OoJPZR39URyOqt1jKZDe6_yNM=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at09.54.54.0e87c5e1d4f646a483ba.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "ianomaciel6385@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 461771,
							"name": "Milena Sangela de Almeida Sales",
							"photo": "https://images.even3.com.br/gmF2SvzME-o26mgnLwvHLo5ci_E=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at12.37.46.c9139a9698af49d48b6b.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "milena.sangel@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 548292,
					"title": "Aprendendo a Empreender",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 103",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "12:00",
					"speakers": [
						{
							"id_speaker": 461693,
							"name": "Andrea Viviana Waichman",
							"photo": "https://images.even3.com.br/UBLiRIW_PRTTz2vJaXaQSBiksrw=/150x150/smart/even3.blob.core.windows.net/geral/servletrecuperafoto9.05fd829098fe47acbca2.gif",
							"designation": "Palestrante",
							"resume": "Possui graduação em Ciências Biológicas pela Universidad Nacional de Buenos Aires - Argentina, mestrado em Ecologia pelo Instituto Nacional de Pesquisas da Amazônia e concluiu o doutorado em Biologia de Água Doce e Pesca Interior pelo Instituto Nacional de Pesquisas da Amazônia em 1999. No período de 2001 a 2004 foi Diretora de Capacitação do Centro de Ciências do Ambiente da Universidade Federal do Amazonas. Foi Diretora de Pós-Graduação da Universidade Federal do Amazonas no período de 2005 a 2009. De 2012 a 2017 foi a Diretora Técnico Científica da Fundação de Amparo à Pesquisa do Estado do Amazonas - FAPEAM. Foi Diretora de Gestão de Inovação, Propriedade Intelectual e Transferência Tecnológica da UFAM. Possui ampla experiência em avaliação e acompanhamento de pós-graduação, cooperação científica internacional, gestão de redes de pesquisa e inovação, financiamento público da pesquisa e da inovação, gestão pública de C,T & I, elaboração de editais públicos de C, T & I e gestão estratégica. É professora titular da Universidade Federal do Amazonas - UFAM. Na pesquisa, atua na área de Ecotoxicologia e Avaliação de Risco Ambiental e Humano em regiões tropicais, com ênfase em agrotóxicos e de Avaliação de Impactos Ambientais.",
							"facebook": "",
							"linkedin": "",
							"email": "awaichman@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "09:00",
							"end_time": "12:00"
						}
					]
				},
				{
					"id_session": 548297,
					"title": "Atribuições do profissional farmacêutico no Século 21",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 107",
					"description": "Titulo Antigo: As inúmeras possibilidades do: \"Ser Farmacêutico\"",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "15:00",
					"speakers": [
						{
							"id_speaker": 462505,
							"name": "Arlandia Nobre",
							"photo": "https://images.even3.com.br/ttjq_U-P6Mi8yADqbIu-1xlynKs=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at15.13.19.d954d6072f544c5294ca.jpeg",
							"designation": null,
							"resume": null,
							"facebook": null,
							"linkedin": null,
							"email": null,
							"lattes": null,
							"twitter": null,
							"site": null
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "14:00",
							"end_time": "15:00"
						}
					]
				},
				{
					"id_session": 548300,
					"title": "Criação de estratégias para Inovação em Pequenas Empresas",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": "o minicurso é ideal para quem já é empreendedor ou pretende iniciar um novo negócio!",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 461749,
							"name": "Vitor da Silva Bittencourt",
							"photo": "https://images.even3.com.br/ZIwtKXwvB9OZcwfV5uKxHVQ5G3o=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at12.54.53.a1f5a9cc099e45d0893b.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "vitor.bittencourt@ufabc.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 548302,
					"title": "Utilização do Mendeley para trabalhos acadêmicos",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 312",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "15:00",
					"speakers": [
						{
							"id_speaker": 461722,
							"name": "Larice de Carvalho Vale",
							"photo": "https://images.even3.com.br/7_adR49d0Fa-NOVQSGcPhmY2-0I=/150x150/smart/even3.blob.core.windows.net/geral/SAVE_20220815_124324.b9377a34f341461baff7.jpg",
							"designation": "Nutricionista e estudante de doutorado na UFC",
							"resume": "Sou Nutricionista pela Universidade Federal do Piauí, pós graduada em Prescrição de Suplementos e Fitoterapicos na prática clínica e esportiva, mestre em Ciências Morfofuncionais pela UFC, Doutoranda em Farmacologia também pela UFC.",
							"facebook": "",
							"linkedin": "https://www.linkedin.com/in/larice-carvalho-b394091a1",
							"email": "laricecarvalho1@gmail.com",
							"lattes": "http://lattes.cnpq.br/3467163194173003",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "14:00",
							"end_time": "15:00"
						}
					]
				},
				{
					"id_session": 548305,
					"title": "Princípios e Aplicações de Técnicas de Separações Químicas",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Sala 110",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "16:00",
					"end_time": "18:00",
					"speakers": [
						{
							"id_speaker": 461787,
							"name": "Moacir Guimarães de Melo",
							"photo": "https://images.even3.com.br/Q6k3K-b4vMFCSEBAXouEHk0MDGw=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at11.05.42.f18731e60e304719bf1b.jpeg",
							"designation": "Palestrante",
							"resume": "Graduação em licenciatura em química pela UEA. Especialização em ensino de biologia e química FACIBRA. Mestrado em química pela UFAM. Doutorando em química pela UFAM. Atualmente trabalhando como técnico de laboratório de farmácia UFAM-ICET.",
							"facebook": "",
							"linkedin": "",
							"email": "moacirguimaraesdemelo@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "16:00",
							"end_time": "18:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "09:00",
							"end_time": "11:00"
						}
					]
				},
				{
					"id_session": 548308,
					"title": "Docking Molecular e planejamento de Fármacos",
					"title_schedule": "Atividades",
					"venue": "Bloco B - Lab 102",
					"description": "É recomendado o participante levar seu computador para usar durante o curso para utilização de alguns programas de docking.",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "16:00",
					"end_time": "18:00",
					"speakers": [
						{
							"id_speaker": 461791,
							"name": "Rhanna Victória Amaral da Silva",
							"photo": "https://images.even3.com.br/CdAhJaWtynE7RrJ8p1UElUZCNy4=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-11at18.30.29.bc967396afd643938430.jpeg",
							"designation": "Palestrante",
							"resume": "Farmacêutica, Mestre em Ciências Farmacêuticas e Doutoranda em Inovação farmacêutica pela FCF-UFAM \nProfessora do ensino Superior do Instituto de Ciências Exatas e Tecnologia e professora tutora pela FAMETRO. Pesquisadora na área de Modelagem Molecular e síntese orgânica.",
							"facebook": "",
							"linkedin": "",
							"email": "rhannaamaral@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "16:00",
							"end_time": "18:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "09:00",
							"end_time": "11:00"
						}
					]
				},
				{
					"id_session": 548311,
					"title": "Lesões esportivas do Ombro",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "17:00",
					"end_time": "18:00",
					"speakers": [
						{
							"id_speaker": 461799,
							"name": "Ravenna Cavalcante Bessa de Queiroz",
							"photo": "https://images.even3.com.br/nm10SMUbnA7kM--ejNmjaVmYWtQ=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-11at19.40.47.6aba46e26eef4a3cab3e.jpeg",
							"designation": "Palestrante",
							"resume": "- Médica Traumato-Ortopedista formada pela Universidade Federal do Ceará\n- Especialista em Cirurgia e reabilitação do Ombro Formada pelo Hospital Ortopédico de Belo Horizonte\n- Pós-graduanda em Medicina do Esporte Pelo Hospital Mater-dei de Belo Horizonte\n- Coordenadora da Residência Integrada de Ortopedia e Traumatologia do Ceará 2022\n- Professora de Ciências Básicas do curso CPOT",
							"facebook": "",
							"linkedin": "",
							"email": "ravennabessa@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "17:00",
							"end_time": "18:00"
						}
					]
				},
				{
					"id_session": 548313,
					"title": "Tratamentos mais Buscados em Estética Avançada e Harmonização Facial no Consultório Farmacêutico",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 107",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "19:00",
					"end_time": "20:00",
					"speakers": [
						{
							"id_speaker": 461808,
							"name": "Dr. Davi Queiroz",
							"photo": "https://images.even3.com.br/QY9uDk8GhSv1Ek1Hl_xsLFicHig=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at10.36.46.0f94a742ea7d497caa4c.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "profantonioalencar@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "19:00",
							"end_time": "20:00"
						}
					]
				},
				{
					"id_session": 548338,
					"title": "Primeiros Passos com Flutter",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 312",
					"description": "Os participantes deverão levar suas máquinas com as dependências do Flutter já instaladas. Recomenda-se utilizar o seguinte link como tutorial de instalação https://www.youtube.com/atch?v=X3GYPwShlCs. Em caso de duvidas, consultar documentação do Flutter para instalação pelo link https://docs.flutter.dev/get-started/install.",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "18:00",
					"end_time": "20:00",
					"speakers": [
						{
							"id_speaker": 461801,
							"name": "Antônio Alberto de Souza Barbosa",
							"photo": "https://images.even3.com.br/gmkkgf92Ojr7vn8-xbaPdsCBeb4=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-11at19.02.13.1389d005105d4f03a964.jpeg",
							"designation": "Estagiário na Bemol Digital",
							"resume": "",
							"facebook": "",
							"linkedin": "",
							"email": "antonioalbertodsb@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "18:00",
							"end_time": "20:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "18:00",
							"end_time": "20:00"
						}
					]
				},
				{
					"id_session": 548412,
					"title": "Sistema Eletrônico de Informações (SEI)",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 107",
					"description": "Este curso é voltado aos servidores do ICET e apresentará as principais funcionalidades do Sistema Eletrônico de Informações (SEI), utilizado na Universidade Federal do Amazonas para aprimorar a gestão documental e facilitar o acesso de servidores e cidadãos às informações institucionais.",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "08:00",
					"end_time": "10:00",
					"speakers": [
						{
							"id_speaker": 461666,
							"name": "Elian Cristian dos Reis Martins",
							"photo": "https://images.even3.com.br/3Vf09MUqQDgz_yc4oMvoVsdSR1g=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at00.27.20.71e69806abe5469ea556.jpeg",
							"designation": "Palestrante",
							"resume": "Bacharel em Engenharia de Software pela Universidade Federal do Amazonas. Desde 2020 atua como assistente em administração no Instituto de Ciências Exatas e Tecnologia, onde atualmente exerce a função de Gerente de Recursos Humanos.",
							"facebook": "",
							"linkedin": "",
							"email": "eliancristian@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 461673,
							"name": "Reinaldo Monteverde Soares",
							"photo": "https://images.even3.com.br/D_KzuLMKtE3tq2e72kbIwn4Ea6I=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at00.26.24.158b872c1e024af48b0b.jpeg",
							"designation": "Palestrante",
							"resume": "Possui MBA em Gestão de Pessoas pela Universidade do Estado do Amazonas UEA, (2021). Possui graduação em Administração de Empresas pela Universidade Paulista - UNIP (2018), também é graduado em Gestão Pública pela Universidade Anhanguera - UNIDERP ( 2019), possui experiência em licitações públicas e logística, atualmente é servidor público federal no instituto de ciências exatas e tecnologia ICET-UFAM, prestando assistencia na coordenação de cursos e coordenação administrativa do instituto.",
							"facebook": "",
							"linkedin": "",
							"email": "reinaldo.monteverde@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "08:00",
							"end_time": "10:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "08:00",
							"end_time": "10:00"
						},
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "08:00",
							"end_time": "10:00"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "08:00",
							"end_time": "10:00"
						}
					]
				},
				{
					"id_session": 548416,
					"title": "Um percurso sobre a legislação ambiental no Brasil",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 208",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "12:00",
					"speakers": [
						{
							"id_speaker": 461695,
							"name": "Anderson Lincoln Vital",
							"photo": "https://images.even3.com.br/6ZMLE1hNwC6fZ9jN8WCGastkaBs=/150x150/smart/even3.blob.core.windows.net/geral/FCO_3303.dad8438be3c74d70bafb.JPG",
							"designation": "Palestrante / UFAM",
							"resume": "Advogado. Professor da Universidade Federal do Amazonas. Doutorando em Educação (ULBRA/RS). Mestre em Ciências Ambientais pela UFAM. Graduado em Direito pela ULBRA  e em Ciências Sociais pela UFAM.",
							"facebook": "",
							"linkedin": "",
							"email": "andersonvital@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "09:00",
							"end_time": "12:00"
						}
					]
				},
				{
					"id_session": 548417,
					"title": "Depressão: O que avançamos? Conceitos Sociais e Neurofarmacológicos",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 207",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "10:00",
					"end_time": "11:00",
					"speakers": [
						{
							"id_speaker": 461712,
							"name": "Victor Celso Cavalcanti Capibaribe",
							"photo": "https://images.even3.com.br/LBSMdA9Eo-tDcQS8cKkXJLTw3kc=/150x150/smart/even3.blob.core.windows.net/geral/956B0A26-AA89-470A-89E9-EE655A08739D.571dadf8666d4ca681ba.jpeg",
							"designation": "Palestrante",
							"resume": "Farmacêutico Generalista e Professor Universitário. É especialista em Farmacologia Clínica, Mestre e Doutorando em Farmacologia pela Universidade Federal do Ceará - UFC. É Professor do Magistério Superior na Universidade Federal do Amazonas - UFAM, lotado no Instituto de Ciências Exatas e Tecnológicas - ICET, campus Itacoatiara - AM. Tem experiência em Farmacologia Experimental, com ênfase em Neuropsicofarmacologia, tendo trabalhado com experimentação animal, modelos de depressão induzida, produtos naturais e sintéticos. É autor, idealizador e editor do site www.Farmacologia.com.br onde disponibiliza conteúdo referenciado e faz lives sobre os mais diversos temas.",
							"facebook": "",
							"linkedin": "https://www.linkedin.com/in/victorcelso",
							"email": "victorcelso@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "10:00",
							"end_time": "11:00"
						}
					]
				},
				{
					"id_session": 548421,
					"title": "Fundadora da Pesquisadora de Impacto",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "13:00",
					"end_time": "14:00",
					"speakers": [
						{
							"id_speaker": 461717,
							"name": "Jaqueline Ribas",
							"photo": "https://images.even3.com.br/EYhff43xoIpgXuhF5mVeZEfqVSQ=/150x150/smart/even3.blob.core.windows.net/geral/CpiadeWEB_20210219-86.04503f7b38fb4528b397.jpg",
							"designation": "Pesquisadora de Impacto",
							"resume": "Especialista nas áreas de Comunicação e Marketing, com anos de experiência em gestão de pessoas\nprojetos, departamentos e atuação em processos seletivos. \n\nTrilhei toda a carreira profissional dentro de instituições de pesquisa e empresas privadas atuando como coordenadora e gerente e respirando o universo e as demandas da área de P&D e da educação fora do mundo acadêmico. \n\nA paixão por desenvolvimento humano e o desejo de impactar positivamente na sociedade, criando um mercado de trabalho mais igualitário e inclusivo para mulheres, aliados à visão da necessidade de ampliar a conexão entre o mundo acadêmico e o mercado de trabalho, me fizeram criar a Pesquisadora de Impacto. \n\nHoje como empresária e estrategista de carreiras, foco em mulheres altamente qualificadas, sobretudo mestras e doutoras, para ajudá-las a usar toda a experiência acadêmica a seu favor e conquistarem um cargo que as valorize em empresas e instituições privadas. De fevereiro de 2020 até hoje já são mais de 400 mulheres transformadas.",
							"facebook": "",
							"linkedin": "",
							"email": "contato@pesquisadoradeimpacto.com.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "13:00",
							"end_time": "14:00"
						}
					]
				},
				{
					"id_session": 548424,
					"title": "O sentido do trabalho entre profissionais da área da saúde de Itacoatiara/AM",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 208",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "15:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 461784,
							"name": "Moisés Israel Belchior de Andrade Coelho",
							"photo": "https://images.even3.com.br/EjO-ivWHVi1Z2Tcxri3rtAVhWpA=/150x150/smart/even3.blob.core.windows.net/geral/GridArt_20221013_193917616.44b7dc42f56f4a21bfb0.png",
							"designation": "Palestrante",
							"resume": "Professor/Pesquisador do Instituto de Ciências Exatas e Tecnologia (ICET/UFAM). Possui graduação em administração pela Universidade do Estado do Amazonas e mestrado em engenharia de produção pela Universidade Federal do Rio de Janeiro. Tem como linhas de pesquisa os seguintes temas: Ergonomia e Segurança no trabalho; Gestão da Produção e Lean Manufacturing; Gestão da Inovação; e Desenvolvimento Sustentável na Amazônia.",
							"facebook": "",
							"linkedin": "",
							"email": "moisescoelho@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "15:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 548426,
					"title": "Case de Sucesso do Empório Tereré",
					"title_schedule": "Atividades",
					"venue": "Auditório do ICET",
					"description": "Haverá amostra de Ervas e degustação de Tereré",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "10:00",
					"speakers": [
						{
							"id_speaker": 461681,
							"name": "Milka Kelly Muniz Siqueira",
							"photo": "https://images.even3.com.br/cgLFq8oR2waWHiVT3yxLBfSIgfs=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-14at10.16.44.f46f787179fa431db89d.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "mylkakelly703@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "09:00",
							"end_time": "10:00"
						}
					]
				},
				{
					"id_session": 548431,
					"title": "Práticas empresariais farmacêuticas: falsificação de medicamentos",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "10:00",
					"end_time": "11:00",
					"speakers": [
						{
							"id_speaker": 461703,
							"name": "Ana Caroline dos Santos Castro",
							"photo": "https://ui-avatars.com/api/?background=45789C&color=fff&rounded=true&name=Ana Caroline dos Santos Catro",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "castroanac@hotmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "10:00",
							"end_time": "11:00"
						}
					]
				},
				{
					"id_session": 548457,
					"title": "Alguns gerenciadores de referências bibliográficas",
					"title_schedule": "Atividades",
					"venue": "Bloco C - Laboratório 102 (NETGI)",
					"description": "É preferível os participantes levar seus notebooks",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "18:00",
					"end_time": "20:00",
					"speakers": [
						{
							"id_speaker": 461806,
							"name": "Antonio Ubiratan Raposo da Câmara Alencar",
							"photo": "https://images.even3.com.br/03EQMF_5EVvl-7WG4x6h7Z0pTAI=/150x150/smart/even3.blob.core.windows.net/geral/IMG_5705.373a6e08e4f54119be8b.JPG",
							"designation": "Palestrante",
							"resume": "Bacharel em Turismo (2000) pelo Centro Universitário Nilton Lins-CUNLL, Licenciado em Letras com habilitação em Língua Inglesa (2001) pela Universidade Federal do Amazonas-UFAM, Especialista em Metodologia do Ensino da Língua Inglesa (2007) e Mestre em Letras (2021) pela mesma instituição. Trabalhou como professor na Fundação Centro de Análise, Pesquisa e Inovação Tecnológica-FUCAPI, no Centro Universitário do Norte-UNINORTE, na Escola Superior Batista do Amazonas-ESBAM e na Universidade Federal do Amazonas-UFAM (2013-2014) como professor substituto. Também atuou como professor de inglês em escolas das redes pública e particular, bem como no projeto Centro de Ensino de Línguas-CEL da UFAM, primeiramente cumprindo estágio acadêmico, em seguida como seu coordenador pedagógico de língua inglesa. Atualmente é professor efetivo no Instituto de Ciências Exatas e Tecnologia-ICET da UFAM. Tem experiência na área de Letras, com ênfase em Língua Inglesa, Inglês para Fins Específicos, Leitura e Literatura.",
							"facebook": "",
							"linkedin": "",
							"email": "profantonioalencar@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "18:00",
							"end_time": "20:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "18:00",
							"end_time": "20:00"
						}
					]
				},
				{
					"id_session": 548503,
					"title": "Palestra: Estratégia de Inovação",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 107",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "15:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 462013,
							"name": "Priscila Rezende da Costa",
							"photo": "https://images.even3.com.br/qs8gYVYGPFI8u1LGSB7A1REiqZQ=/150x150/smart/even3.blob.core.windows.net/geral/83897131_2354683837971704_3055285270170566656_n.f4df8475d5a04ba585c5.jpg",
							"designation": "Palestrante",
							"resume": "Diretora do PPGA UNINOVE",
							"facebook": "",
							"linkedin": "",
							"email": "priscilarc@uni9.pro.br",
							"lattes": "http://lattes.cnpq.br/5631049543029993",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "15:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 549652,
					"title": "COMÉRCIO EXTERIOR: GESTÃO 5.0 COM INOVAÇÃO E TECNOLOGIA NOS NEGÓCIOS AMAZÔNICOS",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "10:00",
					"speakers": [
						{
							"id_speaker": 462492,
							"name": "JOSE DE SOUZA LIMA",
							"photo": "https://images.even3.com.br/QgVUvhzrgS7r_b7nm2u0Ac3j4-0=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at18.47.40.e07eaca832e34d22966d.jpeg",
							"designation": null,
							"resume": "",
							"facebook": null,
							"linkedin": null,
							"email": null,
							"lattes": null,
							"twitter": null,
							"site": null
						},
						{
							"id_speaker": 462491,
							"name": "OLINDA PEREIRA MARINHO",
							"photo": "https://images.even3.com.br/2t7LhSfUydl0l0Yi7Xt8-XmbEaY=/150x150/smart/even3.blob.core.windows.net/geral/fotoolinda.8149e9c16e9e438c9750.png",
							"designation": null,
							"resume": "Administradora com ênfase em Comércio exterior; MBA em Comércio exterior  e estratégias deliberadas e emergentes;  Mestre em turismo, hotelaria e planejamento estratégico, empresária, professora, mentora, palestrante futurista e agente de mudanças. Dirige e coordena projetos empreendedorismo e inovação, comércio exterior e turismo, responsabilidade social e sustentabilidade, internacionalização e futurização. Scrum master e head de estruturação e aceleração de ambientes de inovação, startups, negócios internacionais e empreendedorismo de impacto social. Integrante do time de mentores do centro de inovação do Facebook, Artemisia, Inovativa Brasil, Shark Tank Laureate,  Jaraqui Valley, FINEP, Samsung, Facilitadora do Whatsapp Business no Brasil.",
							"facebook": null,
							"linkedin": null,
							"email": "INNATUS.AM@GMAIL.COM",
							"lattes": null,
							"twitter": null,
							"site": null
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "09:00",
							"end_time": "10:00"
						}
					]
				},
				{
					"id_session": 550192,
					"title": "Palestra: Como transformar seu TCC em negócio",
					"title_schedule": "Atividades",
					"venue": "Bloco B - Lab 102",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "15:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 463316,
							"name": "Gracyane Raittz Taveira",
							"photo": "https://images.even3.com.br/zA872MqtQLE6dzY6RVPJ2nmSSQE=/150x150/smart/even3.blob.core.windows.net/geral/Gracy2022.1892a1e84a7b42a095a0.jpeg",
							"designation": "Palestrante",
							"resume": "Mestre em Propriedade Intelectual e Transferência de Tecnologia para a Inovação - PROFNIT. Possui Pós-graduação em Agentes de Inovação e Difusão Tecnológica - AGINTEC e em Gestão ágil de projetos. Atuou como ALI - Agente Local de Inovação no SEBRAE/AM, acompanhando empresas dos setores de comércio, serviço e indústria. Posteriormente, trabalhou no Programa ALI como Supervisora dos novos agentes. Atuou como consultora do NAGI - Núcleo de Apoio a Gestão da Inovação no Amazonas. Em seguida, desenvolveu atividades na incubadora Ulbratech Manaus e Rede Amazônica de incubadoras - RAMI. Também foi gerente da Incubadora de Empresas do Instituto Nacional de Pesquisas da Amazônia (INPA). Atua como consultora credenciada no SEBRAE-AM nas áreas de empreendedorismo e inovação, mentora da Incubadora de Empresas do INPA e orientadora do Projeto de Indicações Geográficas do Sebrae Nacional.",
							"facebook": "",
							"linkedin": "https://www.linkedin.com/in/gracyraittz/",
							"email": "gracy_raittz@hotmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "15:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 550895,
					"title": "Farmacopédia - Definições e Aplicabilidades dos Termos Técnicos e Farmacologia",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 103",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "14:20",
					"speakers": [
						{
							"id_speaker": 461712,
							"name": "Victor Celso Cavalcanti Capibaribe",
							"photo": "https://images.even3.com.br/LBSMdA9Eo-tDcQS8cKkXJLTw3kc=/150x150/smart/even3.blob.core.windows.net/geral/956B0A26-AA89-470A-89E9-EE655A08739D.571dadf8666d4ca681ba.jpeg",
							"designation": "Palestrante",
							"resume": "Farmacêutico Generalista e Professor Universitário. É especialista em Farmacologia Clínica, Mestre e Doutorando em Farmacologia pela Universidade Federal do Ceará - UFC. É Professor do Magistério Superior na Universidade Federal do Amazonas - UFAM, lotado no Instituto de Ciências Exatas e Tecnológicas - ICET, campus Itacoatiara - AM. Tem experiência em Farmacologia Experimental, com ênfase em Neuropsicofarmacologia, tendo trabalhado com experimentação animal, modelos de depressão induzida, produtos naturais e sintéticos. É autor, idealizador e editor do site www.Farmacologia.com.br onde disponibiliza conteúdo referenciado e faz lives sobre os mais diversos temas.",
							"facebook": "",
							"linkedin": "https://www.linkedin.com/in/victorcelso",
							"email": "victorcelso@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 464186,
							"name": "Brenda Cibelle Protazio dos Santos",
							"photo": "https://images.even3.com.br/pukVP1M9W517GTkD7t3C6nao0UE=/150x150/smart/even3.blob.core.windows.net/fotoperfil/IMG_20180816_143604_158.d8f376921b3e470a88e6.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "bitsanttos@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 464187,
							"name": "Geovanna Gabrielle Santos de Souza",
							"photo": "https://images.even3.com.br/hFFrx_tNoQ2-OGa_IDfCEPtWpNg=/150x150/smart/even3.blob.core.windows.net/geral/IMG-20220930-WA0072.84ed3a40204d4bd48cf5.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "geogabriellesouza@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 464188,
							"name": "Alef Ney Nunes da Silva Torres",
							"photo": "https://images.even3.com.br/K1mcSKWQX5QVASd72wBC9GdSCrQ=/150x150/smart/even3.blob.core.windows.net/fotoperfil/20190410_015100.fc6c495f63d84a27b8ee.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "alfasilva225@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 464184,
							"name": "Suelaine Gil da Silva",
							"photo": "https://ui-avatars.com/api/?background=45789C&color=fff&rounded=true&name=Suelaine Gil da Silva",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "suelainegilsilva16@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 464189,
							"name": "Kevin Christophe Peixoto Pereira Barros",
							"photo": "https://ui-avatars.com/api/?background=45789C&color=fff&rounded=true&name=Kevin Christophe Peixoto Pereira Barros",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "kevinpereirabarros@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 464183,
							"name": "Flávio Nogueira da Costa",
							"photo": "https://images.even3.com.br/JCfNq9WMYUEb9VnxhOKLl67etok=/150x150/smart/even3.blob.core.windows.net/geral/IMG-20200825-WA0077.a3edabd57e874487a17b.jpg",
							"designation": "Mediador",
							"resume": "Professor de Farmácia ICET/UFAM (2019). Doutor em Biotecnologia de produtos Naturais (2013).  Mestre em Educação em Saúde (2003).",
							"facebook": "",
							"linkedin": "",
							"email": "flavionogueira@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "14:00",
							"end_time": "14:20"
						}
					]
				},
				{
					"id_session": 550896,
					"title": "Liberação miofascial manual com ênfase em tratamento fisioterapeutico na síndrome dolorosa",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 307(Mini Auditório)",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 462119,
							"name": "Franciane Barbosa de Souza",
							"photo": "https://images.even3.com.br/tSFV8c-jQf__kdrnaUWEhqpGeE8=/150x150/smart/even3.blob.core.windows.net/geral/meninacoisada.5f480b941b5f4d5782b9.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "francianebarbosaduda@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 550901,
					"title": "Turma 1 -  Diálogos para Professores: O Novo Ensino Médio e a Universidade",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 206",
					"description": "Língua Portuguesa/Arte/Educação Física/Religião",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "15:00",
					"end_time": "18:00",
					"speakers": [
						{
							"id_speaker": 462192,
							"name": "Eliane Batista de Lima Freitas",
							"photo": "https://images.even3.com.br/6y0vtRMlqqW87l2HdlvRY0XPMW4=/150x150/smart/even3.blob.core.windows.net/fotoperfil/FaceApp_1608605466669.688cdb1c190f49e0b8f4.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "elianefreitas@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "15:00",
							"end_time": "18:00"
						}
					]
				},
				{
					"id_session": 551294,
					"title": "Perfil Profissional na área da saude e modismos",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 103",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "16:00",
					"end_time": "17:00",
					"speakers": [
						{
							"id_speaker": 463912,
							"name": "Dr Luiz Souza",
							"photo": "https://ui-avatars.com/api/?background=45789C&color=fff&rounded=true&name=Dr Luiz Souza",
							"designation": null,
							"resume": null,
							"facebook": null,
							"linkedin": null,
							"email": null,
							"lattes": null,
							"twitter": null,
							"site": null
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "16:00",
							"end_time": "17:00"
						}
					]
				},
				{
					"id_session": 551723,
					"title": "Empreendedorismo e suas Tendências",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 312",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "15:30",
					"end_time": "16:30",
					"speakers": [
						{
							"id_speaker": 464198,
							"name": "Helio Araujo Pereira",
							"photo": "https://images.even3.com.br/jtq5uDoM7GiuOomOQdSXaSA3D_k=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-16at16.25.31.7d1b59525cf749878797.jpeg",
							"designation": "Professor- IFMS",
							"resume": "Possui experiência de mercado no setor público e privado na área de Telecomunicações. Professor efetivo do Instituto Federal do Mato Grosso do Sul - IFMS.  Doutorando em Administração pela Universidade Federal da Paraiba - UFPB",
							"facebook": "",
							"linkedin": "",
							"email": "helioaraujop@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "15:30",
							"end_time": "16:30"
						}
					]
				},
				{
					"id_session": 553105,
					"title": "Microbitando 2022 - conhecendo uma ferramenta para o ensino do pensamento computacional.",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 312",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "10:00",
					"end_time": "12:00",
					"speakers": [
						{
							"id_speaker": 465101,
							"name": "Alexandre Fonseca de Castro",
							"photo": "https://images.even3.com.br/WXT8Ll17OjBTe02yH9j6qH0Xgn8=/150x150/smart/even3.blob.core.windows.net/geral/alexandre.4210be8fc0f04b8eadd1.jpeg",
							"designation": "Professor pela empresa de Ensino Tecnológico ControlBot e Professor pela Faculdade Fucapi",
							"resume": "Graduado em Licenciatura em Computação pela UEA. Professor pela Empresa de Ensino Tecnológico ControlBot e Professor pela Faculdade Fucapi.\nPós-graduando em Produção e Gestão de Mídias Digitais Educacionais",
							"facebook": "",
							"linkedin": "",
							"email": "alexandrefonseca131@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "10:00",
							"end_time": "12:00"
						}
					]
				},
				{
					"id_session": 554095,
					"title": "Introdução ao Figma: os primeiros passos na prototipação de telas.",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "19:00",
					"end_time": "20:00",
					"speakers": [
						{
							"id_speaker": 466620,
							"name": "Victor Gabriel M. de Araújo",
							"photo": "https://images.even3.com.br/hZcxc1ibgS3Ck2Lcej43IEV74G8=/150x150/smart/even3.blob.core.windows.net/geral/IMG-20191202-WA0026-01.9626383a7e1f433b856a.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": "Técnico em Informática- IFAM - Campus Itacoatiara\nGraduando em Engenharia de Software UFAM/ICET",
							"facebook": "",
							"linkedin": "",
							"email": "vicvicaraujo16@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 466068,
							"name": "Glauber Patrik Brito de Souza",
							"photo": "https://images.even3.com.br/psnugD67mqY-q0q3KHpSyVA-4jQ=/150x150/smart/even3.blob.core.windows.net/geral/Glauber.43f9430527c84a6d9e3b.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": "Cursando Engenharia de Software na Universidade Federal do Estado do Amazonas pelo Campus ICET e Técnico em Informática pelo Instituto Federal IFAM Campus Parintins.",
							"facebook": "",
							"linkedin": "https://www.linkedin.com/in/glauber-patrik-ba44a9231",
							"email": "iamlordwest@gmail.com",
							"lattes": "",
							"twitter": "https://www.twitter.com/glauberziiinho",
							"site": ""
						},
						{
							"id_speaker": 466619,
							"name": "Felipe Maklouf Coelho",
							"photo": "https://images.even3.com.br/SQlgANQhk8KBRr3CpsspwZDtDMA=/150x150/smart/even3.blob.core.windows.net/geral/FelipeMakloufCoelho.62dd656055c7463fa397.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": "Técnico em Informática pela Fundação Matias Machline.\nUniversitário de Eng de Software pela Universidade Federal do Amazonas\nTenho experiências com UX e UI, ilustrações, Animações, Desenvolvimento Front End.",
							"facebook": "",
							"linkedin": "",
							"email": "felipemakloufc@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "19:00",
							"end_time": "20:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "19:00",
							"end_time": "20:00"
						},
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "19:00",
							"end_time": "20:00"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "19:00",
							"end_time": "20:00"
						}
					]
				},
				{
					"id_session": 555183,
					"title": "Gestão dos resíduos sólidos: ênfase no Gerenciamento de Resíduo de Serviço de Saúde no Hospital Regional José Mendes no município de Itacoatiara/AM",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 203",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "16:00",
					"end_time": "17:00",
					"speakers": [
						{
							"id_speaker": 467086,
							"name": "Alexandre Melo Pereira",
							"photo": "https://images.even3.com.br/MxeTfiRSMEYZguj4SGu-L_-R3iw=/150x150/smart/even3.blob.core.windows.net/geral/AlexandreMeloPereira.eb55dc70c9154855abc9.jpeg",
							"designation": "Engenheiro Sanitarista no Hospital Regional José Mendes",
							"resume": "Engenheiro Sanitarista pela Universidade Federal do Amazonas – UFAM, pós-graduando em Gerenciamento de Resíduos Sólidos e Efluentes, e atualmente trabalhando na área de Gerenciamento de Resíduos de Serviço de Saúde no Hospital Regional José Mendes.",
							"facebook": "",
							"linkedin": "",
							"email": "alexandremelopereirast@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "16:00",
							"end_time": "17:00"
						}
					]
				},
				{
					"id_session": 555562,
					"title": "Fundamentos da Digestão Anaeróbia e Testes de Laboratório.",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": "Serão comentados os requerimentos básicos, vantagens e desvantagens da digestão anaeróbia como processo de tratamento e apresentados dois testes de laboratório para monitoramento.",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "08:00",
					"end_time": "09:00",
					"speakers": [
						{
							"id_speaker": 467437,
							"name": "Antonio Martins",
							"photo": "https://images.even3.com.br/cnUcj0mOc58PoRKpM5dtA8ayFl0=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-20at11.43.55AM.a5183f84adcf4b269909.jpeg",
							"designation": "Universidade de Marquette nos EUA, no Water Quality Center, no Departamento de Engenharia Civil de Construção e Ambiental.",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "08:00",
							"end_time": "09:00"
						}
					]
				},
				{
					"id_session": 556424,
					"title": "Educação Financeira, produtos e serviços SICOOB",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 202",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "16:00",
					"end_time": "17:00",
					"speakers": [
						{
							"id_speaker": 468289,
							"name": "Cinthia Rodrigues de Mendonça",
							"photo": "https://images.even3.com.br/xTwH4t4RacTfGTzkA2gqrpGF9i8=/150x150/smart/even3.blob.core.windows.net/geral/sicoob.ebc69d45636d494aac07.jpeg",
							"designation": "Gerente Geral Sicoob",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "16:00",
							"end_time": "17:00"
						}
					]
				},
				{
					"id_session": 557120,
					"title": "Histórico e Processo Produtivo da Litiara",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 202",
					"description": " ",
					"tags": null,
					"date": "24/10/2022",
					"date_UTC": "2022-10-24T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "10:00",
					"speakers": [
						{
							"id_speaker": 468980,
							"name": "Murilo Yuji Kavati",
							"photo": "https://images.even3.com.br/1E7_Y27EwKt3yY3cKpPK7Ki-4K0=/150x150/smart/even3.blob.core.windows.net/geral/LITIARA.ed0a08365d674a2cbb80.jpeg",
							"designation": "LITIARA",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "litiara.comercial@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "09:00",
							"end_time": "10:00"
						}
					]
				}
			]
		},
		{
			"id_schedule": "25102022",
			"date": "2022-10-25T00:00:00.0000000",
			"day": "terça-feira",
			"sessions": [
				{
					"id_session": 548274,
					"title": "Modelos de ramificações Git Flow e GitHub  Flow para equipes de desenvolvimento de software",
					"title_schedule": "Atividades",
					"venue": "Bloco C - Laboratório 102 (NETGI)",
					"description": "Pre-Requisito: Criar conta no GitHub e instalar a ferramenta Git ( Caso queira acompanhar a prática)",
					"tags": "Github, Git Flow",
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 461769,
							"name": "Iano de Benedito Maciel",
							"photo": "https://images.even3.com.br/x3OoJPZR39URyOqt1jKZDe6_yNM=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at09.54.54.0e87c5e1d4f646a483ba.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "ianomaciel6385@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 461771,
							"name": "Milena Sangela de Almeida Sales",
							"photo": "https://images.even3.com.br/gmF2SvzME-o26mgnLwvHLo5ci_E=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at12.37.46.c9139a9698af49d48b6b.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "milena.sangel@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 548300,
					"title": "Criação de estratégias para Inovação em Pequenas Empresas",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": "o minicurso é ideal para quem já é empreendedor ou pretende iniciar um novo negócio!",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 461749,
							"name": "Vitor da Silva Bittencourt",
							"photo": "https://images.even3.com.br/ZIwtKXwvB9OZcwfV5uKxHVQ5G3o=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at12.54.53.a1f5a9cc099e45d0893b.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "vitor.bittencourt@ufabc.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 548305,
					"title": "Princípios e Aplicações de Técnicas de Separações Químicas",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Sala 110",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "11:00",
					"speakers": [
						{
							"id_speaker": 461787,
							"name": "Moacir Guimarães de Melo",
							"photo": "https://images.even3.com.br/Q6k3K-b4vMFCSEBAXouEHk0MDGw=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at11.05.42.f18731e60e304719bf1b.jpeg",
							"designation": "Palestrante",
							"resume": "Graduação em licenciatura em química pela UEA. Especialização em ensino de biologia e química FACIBRA. Mestrado em química pela UFAM. Doutorando em química pela UFAM. Atualmente trabalhando como técnico de laboratório de farmácia UFAM-ICET.",
							"facebook": "",
							"linkedin": "",
							"email": "moacirguimaraesdemelo@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "16:00",
							"end_time": "18:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "09:00",
							"end_time": "11:00"
						}
					]
				},
				{
					"id_session": 548308,
					"title": "Docking Molecular e planejamento de Fármacos",
					"title_schedule": "Atividades",
					"venue": "Bloco B - Lab 102",
					"description": "É recomendado o participante levar seu computador para usar durante o curso para utilização de alguns programas de docking.",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "11:00",
					"speakers": [
						{
							"id_speaker": 461791,
							"name": "Rhanna Victória Amaral da Silva",
							"photo": "https://images.even3.com.br/CdAhJaWtynE7RrJ8p1UElUZCNy4=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-11at18.30.29.bc967396afd643938430.jpeg",
							"designation": "Palestrante",
							"resume": "Farmacêutica, Mestre em Ciências Farmacêuticas e Doutoranda em Inovação farmacêutica pela FCF-UFAM \nProfessora do ensino Superior do Instituto de Ciências Exatas e Tecnologia e professora tutora pela FAMETRO. Pesquisadora na área de Modelagem Molecular e síntese orgânica.",
							"facebook": "",
							"linkedin": "",
							"email": "rhannaamaral@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "16:00",
							"end_time": "18:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "09:00",
							"end_time": "11:00"
						}
					]
				},
				{
					"id_session": 548315,
					"title": "Teoria da depressão, modelos experimentais e uso de produtos naturais para o tratamento",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "10:00",
					"end_time": "11:00",
					"speakers": [
						{
							"id_speaker": 461722,
							"name": "Larice de Carvalho Vale",
							"photo": "https://images.even3.com.br/7_adR49d0Fa-NOVQSGcPhmY2-0I=/150x150/smart/even3.blob.core.windows.net/geral/SAVE_20220815_124324.b9377a34f341461baff7.jpg",
							"designation": "Nutricionista e estudante de doutorado na UFC",
							"resume": "Sou Nutricionista pela Universidade Federal do Piauí, pós graduada em Prescrição de Suplementos e Fitoterapicos na prática clínica e esportiva, mestre em Ciências Morfofuncionais pela UFC, Doutoranda em Farmacologia também pela UFC.",
							"facebook": "",
							"linkedin": "https://www.linkedin.com/in/larice-carvalho-b394091a1",
							"email": "laricecarvalho1@gmail.com",
							"lattes": "http://lattes.cnpq.br/3467163194173003",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "10:00",
							"end_time": "11:00"
						}
					]
				},
				{
					"id_session": 548318,
					"title": "Aplicações de Métodos de Química Teórica Computacional",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 202",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "10:00",
					"speakers": [
						{
							"id_speaker": 461964,
							"name": "Noam Gadelha da Silva",
							"photo": "https://images.even3.com.br/cQucp8IHCloM8ljbhsmIPVf1HGM=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at11.08.36.77f1fe9701974e61b669.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "noam.silva@ifam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "09:00",
							"end_time": "10:00"
						}
					]
				},
				{
					"id_session": 548321,
					"title": "Orientação veterinária de cães e gatos",
					"title_schedule": "Atividades",
					"venue": "Área Externa do ICET",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "12:00",
					"speakers": [
						{
							"id_speaker": 461985,
							"name": "Evelyn Guimarães Braga",
							"photo": "https://images.even3.com.br/MM4cDeEcRYneBnDoXNhSk12fIbg=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at12.09.19.d0b404e8b20e425cacc8.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "evelynbraga.braga@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462890,
							"name": "Suelen de Sousa Lopes",
							"photo": "https://images.even3.com.br/j-zrvLW75TdPYr8X9MVsecpEwzM=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at12.24.48.359b7805f6604611b085.jpeg",
							"designation": null,
							"resume": "Médica Veterinária",
							"facebook": "",
							"linkedin": "",
							"email": "",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "09:00",
							"end_time": "12:00"
						}
					]
				},
				{
					"id_session": 548323,
					"title": "Gestão de Projetos Inovadores aplicando o Project Model Canvas",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 208",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "11:00",
					"end_time": "12:00",
					"speakers": [
						{
							"id_speaker": 461989,
							"name": "Edgard Gonçalves Cardoso",
							"photo": "https://images.even3.com.br/szV1EITbOtKC9LNenA7VsxcsT0g=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at14.06.59.5910fb7dfd9449fe9a07.jpeg",
							"designation": "Palestrante",
							"resume": "Engenheiro de Produção Mecânica e Gestor Empresarial; Pós graduado em Gestão Empresarial, Gestão Pública, Gestão de Projetos, Automação Industrial, Engenharia da Manutenção e Eng. de Segurança do Trabalho; Especialista e Mestre em Energia. Instrutor do SENAI-SP, Técnico da UFABC e Professor da Facens e Fatec. Formação em cursos técnicos, de aprendizagem industrial e de formação inicial e continuada. Trabalhou em pequenas, médias e grandes empresas (Arno S.A, Crisflex Produtos Técnicos de Borracha, Scania Latin America). Coautor de 3 livros na área de Manutenção Industrial. Diretor na Associação de Engenheiros e Agrônomos de Mauá.",
							"facebook": "",
							"linkedin": "https://www.linkedin.com/in/professoredgard/",
							"email": "edgard.cardoso@ufabc.edu.br",
							"lattes": "https://lattes.cnpq.br/3483119098229702",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "11:00",
							"end_time": "12:00"
						}
					]
				},
				{
					"id_session": 548324,
					"title": "Os Perigos da Automedicação",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 208",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "15:00",
					"speakers": [
						{
							"id_speaker": 461712,
							"name": "Victor Celso Cavalcanti Capibaribe",
							"photo": "https://images.even3.com.br/LBSMdA9Eo-tDcQS8cKkXJLTw3kc=/150x150/smart/even3.blob.core.windows.net/geral/956B0A26-AA89-470A-89E9-EE655A08739D.571dadf8666d4ca681ba.jpeg",
							"designation": "Palestrante",
							"resume": "Farmacêutico Generalista e Professor Universitário. É especialista em Farmacologia Clínica, Mestre e Doutorando em Farmacologia pela Universidade Federal do Ceará - UFC. É Professor do Magistério Superior na Universidade Federal do Amazonas - UFAM, lotado no Instituto de Ciências Exatas e Tecnológicas - ICET, campus Itacoatiara - AM. Tem experiência em Farmacologia Experimental, com ênfase em Neuropsicofarmacologia, tendo trabalhado com experimentação animal, modelos de depressão induzida, produtos naturais e sintéticos. É autor, idealizador e editor do site www.Farmacologia.com.br onde disponibiliza conteúdo referenciado e faz lives sobre os mais diversos temas.",
							"facebook": "",
							"linkedin": "https://www.linkedin.com/in/victorcelso",
							"email": "victorcelso@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "14:00",
							"end_time": "15:00"
						}
					]
				},
				{
					"id_session": 548334,
					"title": "Geostatística aplicada ao monitoramento de águas subterrâneas no município de Itacoatiara/AM",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 103",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "15:00",
					"speakers": [
						{
							"id_speaker": 461992,
							"name": "Daiana Thalisy da Silva Mitouso",
							"photo": "https://images.even3.com.br/tQp33mYrN7bCwBAu57Llr5l7FzU=/150x150/smart/even3.blob.core.windows.net/geral/servletrecuperafoto8.167bb19f599e43d2ba81.gif",
							"designation": "Palestrante",
							"resume": "Graduanda em Engenharia Sanitária pela Universidade Federal do Amazonas.",
							"facebook": "",
							"linkedin": "",
							"email": "thalisymitouso@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462151,
							"name": "Alex Martins Ramos",
							"photo": "https://images.even3.com.br/DFgrTyagJ68vaZfmsIzaCpHv1VM=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at12.08.02.ec7e2ab3b60b4f41b1db.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "alexmartins@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "14:00",
							"end_time": "15:00"
						}
					]
				},
				{
					"id_session": 548337,
					"title": "Governança Corporativa: Pesperctivas e Tendências",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 207",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "19:00",
					"end_time": "20:00",
					"speakers": [
						{
							"id_speaker": 462090,
							"name": "Bruno Duarte de Oliveira",
							"photo": "https://images.even3.com.br/olzgifXCIQdwdVnCQuwJPNFZJLI=/150x150/smart/even3.blob.core.windows.net/geral/servletrecuperafoto.ad1bd209ccb944fab733.gif",
							"designation": "Palestrante",
							"resume": "Professor de Administração do Instituto de Ciências Exatas e Tecnologia da Universidade Federal do Amazonas (UFAM) desde 2008 e possui Doutorado em Administração de Empresas pela UFMG, Mestrado em Engenharia de Produção pela UFAM. É Especialista em Logística Empresarial e graduado em Administração de empresas. Coordenador da Incubadora do Instituto de Ciências Exatas e Tecnologia (ICETec), pesquisador do Núcleo de Pesquisa em Economia, Tecnologia, Gestão e Inovação (NETGI), membro do colegiado dos cursos de Engenharia da Produção e também, já atuou como Coordenador de estágios do curso de Engenharia de Produção e como Coordenador do curso de Engenharia de produção no período de 2015-2016 (UFAM/ICET). Ministra aula na graduação nas disciplinas de Teoria Geral da Administração; Logística e cadeia de suprimentos; Tomada de decisão; Planejamento estratégico; Estratégia, Gestão das Organizações e Gestão da Informação. Tem experiência e interesse em pesquisas nas áreas de Comércio internacional, Logística, Gestão de transportes, Supply Chain Management, Relacionamento entre fornecedores e compradores, Estratégias de compras (purchasing strategy), Gestão de processos empresariais e estratégicos e Processos de Governança, Social e ambiental (ESG).",
							"facebook": "",
							"linkedin": "",
							"email": "brunoduarte@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "19:00",
							"end_time": "20:00"
						}
					]
				},
				{
					"id_session": 548338,
					"title": "Primeiros Passos com Flutter",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 312",
					"description": "Os participantes deverão levar suas máquinas com as dependências do Flutter já instaladas. Recomenda-se utilizar o seguinte link como tutorial de instalação https://www.youtube.com/atch?v=X3GYPwShlCs. Em caso de duvidas, consultar documentação do Flutter para instalação pelo link https://docs.flutter.dev/get-started/install.",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "18:00",
					"end_time": "20:00",
					"speakers": [
						{
							"id_speaker": 461801,
							"name": "Antônio Alberto de Souza Barbosa",
							"photo": "https://images.even3.com.br/gmkkgf92Ojr7vn8-xbaPdsCBeb4=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-11at19.02.13.1389d005105d4f03a964.jpeg",
							"designation": "Estagiário na Bemol Digital",
							"resume": "",
							"facebook": "",
							"linkedin": "",
							"email": "antonioalbertodsb@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "18:00",
							"end_time": "20:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "18:00",
							"end_time": "20:00"
						}
					]
				},
				{
					"id_session": 548340,
					"title": "O Fluxo Operacional da Aprovação de um Artigo Científico",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "17:30",
					"end_time": "18:30",
					"speakers": [
						{
							"id_speaker": 462088,
							"name": "Ezequiel Redin",
							"photo": "https://images.even3.com.br/fcPOVucXKETKH_V3rBmDW4JlfLg=/150x150/smart/even3.blob.core.windows.net/fotoperfil/2018-EzequielRedin28.05.2fe55c87a7fd4c25bf44.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "ezequielredin@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "17:30",
							"end_time": "18:30"
						}
					]
				},
				{
					"id_session": 548342,
					"title": "Fundamentos de Ressonância Magnética Nuclear e suas aplicações na área agrícola",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "08:00",
					"end_time": "09:00",
					"speakers": [
						{
							"id_speaker": 461947,
							"name": "Tiago Bueno de Moraes",
							"photo": "https://images.even3.com.br/Ke7uOCwzM5Q_21p10hTycGZNCAk=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at17.29.27.89c3592ee3774dc7b15a.jpeg",
							"designation": "Palestrante",
							"resume": "Tiago Bueno de Moraes é bacharel, mestre e doutor em Física Aplicada pelo Instituto de Física de São Carlos - Universidade de São Paulo (USP). Realizou estágio no doutorado na RWTH Aachen University na Alemanha. Realizou Pós-doutorado no IFSC-USP (2017-2019). Foi Professor Adjunto no Instituto de Ciências Exatas da UFMG, Belo Horizonte/MG entre 2020 e 2022. Atualmente é Professor Doutor na Escola Superior de Agricultura \"Luiz de Queiroz\" (ESALQ), Universidade de São Paulo (USP), campus de Piracicaba/SP, na área de Física aplicada na agricultura. Sua área de atuação é no desenvolvimento de novas técnicas, instrumentação, processamento de dados e aplicações da espectroscopia de ressonância magnética no setor agrícola.",
							"facebook": "https://sites.google.com/view/tiagomoraes/home",
							"linkedin": "https://www.youtube.com/channel/UC6frbGo2V_TTtQaGclW3WYQ",
							"email": "tiago.moraes@usp.br",
							"lattes": "http://lattes.cnpq.br/6293895415926225",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "08:00",
							"end_time": "09:00"
						}
					]
				},
				{
					"id_session": 548412,
					"title": "Sistema Eletrônico de Informações (SEI)",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 107",
					"description": "Este curso é voltado aos servidores do ICET e apresentará as principais funcionalidades do Sistema Eletrônico de Informações (SEI), utilizado na Universidade Federal do Amazonas para aprimorar a gestão documental e facilitar o acesso de servidores e cidadãos às informações institucionais.",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "08:00",
					"end_time": "10:00",
					"speakers": [
						{
							"id_speaker": 461666,
							"name": "Elian Cristian dos Reis Martins",
							"photo": "https://images.even3.com.br/3Vf09MUqQDgz_yc4oMvoVsdSR1g=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at00.27.20.71e69806abe5469ea556.jpeg",
							"designation": "Palestrante",
							"resume": "Bacharel em Engenharia de Software pela Universidade Federal do Amazonas. Desde 2020 atua como assistente em administração no Instituto de Ciências Exatas e Tecnologia, onde atualmente exerce a função de Gerente de Recursos Humanos.",
							"facebook": "",
							"linkedin": "",
							"email": "eliancristian@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 461673,
							"name": "Reinaldo Monteverde Soares",
							"photo": "https://images.even3.com.br/D_KzuLMKtE3tq2e72kbIwn4Ea6I=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at00.26.24.158b872c1e024af48b0b.jpeg",
							"designation": "Palestrante",
							"resume": "Possui MBA em Gestão de Pessoas pela Universidade do Estado do Amazonas UEA, (2021). Possui graduação em Administração de Empresas pela Universidade Paulista - UNIP (2018), também é graduado em Gestão Pública pela Universidade Anhanguera - UNIDERP ( 2019), possui experiência em licitações públicas e logística, atualmente é servidor público federal no instituto de ciências exatas e tecnologia ICET-UFAM, prestando assistencia na coordenação de cursos e coordenação administrativa do instituto.",
							"facebook": "",
							"linkedin": "",
							"email": "reinaldo.monteverde@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "08:00",
							"end_time": "10:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "08:00",
							"end_time": "10:00"
						},
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "08:00",
							"end_time": "10:00"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "08:00",
							"end_time": "10:00"
						}
					]
				},
				{
					"id_session": 548415,
					"title": "Rumo a Gestão da Cadeia de Suprimentos 4.0",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 103",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "15:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 462011,
							"name": "Iracyanne Retto Uhlmann",
							"photo": "https://images.even3.com.br/h3UQoirabIcGMftGhu3_M45En_g=/150x150/smart/even3.blob.core.windows.net/geral/13_Foto.5317211d5450445b8fb6.jpg",
							"designation": "Palestrante",
							"resume": "Doutora em Engenharia de Produção pela UFSC. Possui vasta experiência prática na indústria de eletroeletrônicos. Atualmente é Professora Adjunta no ICET/UFAM e pesquisadora sobre o tema sistemas produtivos e logísticos inteligentes.",
							"facebook": "",
							"linkedin": "",
							"email": "iracyanneuhlmann@ufam.edu.br",
							"lattes": "http://lattes.cnpq.br/3663501102156953",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "15:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 548433,
					"title": "Energia Solar",
					"title_schedule": "Atividades",
					"venue": "Bloco C - Laboratório 102 (NETGI)",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "10:00",
					"end_time": "11:00",
					"speakers": [
						{
							"id_speaker": 464195,
							"name": "Leonardo Vieira de Sousa Abreu",
							"photo": "https://images.even3.com.br/nXNs8fyq1_O1tCIiHEppWOjjad8=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-15at21.34.25.b66c5b589050450e80d7.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "leonardoabreu@maxproj.com.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "10:00",
							"end_time": "11:00"
						}
					]
				},
				{
					"id_session": 548457,
					"title": "Alguns gerenciadores de referências bibliográficas",
					"title_schedule": "Atividades",
					"venue": "Bloco C - Laboratório 102 (NETGI)",
					"description": "É preferível os participantes levar seus notebooks",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "18:00",
					"end_time": "20:00",
					"speakers": [
						{
							"id_speaker": 461806,
							"name": "Antonio Ubiratan Raposo da Câmara Alencar",
							"photo": "https://images.even3.com.br/03EQMF_5EVvl-7WG4x6h7Z0pTAI=/150x150/smart/even3.blob.core.windows.net/geral/IMG_5705.373a6e08e4f54119be8b.JPG",
							"designation": "Palestrante",
							"resume": "Bacharel em Turismo (2000) pelo Centro Universitário Nilton Lins-CUNLL, Licenciado em Letras com habilitação em Língua Inglesa (2001) pela Universidade Federal do Amazonas-UFAM, Especialista em Metodologia do Ensino da Língua Inglesa (2007) e Mestre em Letras (2021) pela mesma instituição. Trabalhou como professor na Fundação Centro de Análise, Pesquisa e Inovação Tecnológica-FUCAPI, no Centro Universitário do Norte-UNINORTE, na Escola Superior Batista do Amazonas-ESBAM e na Universidade Federal do Amazonas-UFAM (2013-2014) como professor substituto. Também atuou como professor de inglês em escolas das redes pública e particular, bem como no projeto Centro de Ensino de Línguas-CEL da UFAM, primeiramente cumprindo estágio acadêmico, em seguida como seu coordenador pedagógico de língua inglesa. Atualmente é professor efetivo no Instituto de Ciências Exatas e Tecnologia-ICET da UFAM. Tem experiência na área de Letras, com ênfase em Língua Inglesa, Inglês para Fins Específicos, Leitura e Literatura.",
							"facebook": "",
							"linkedin": "",
							"email": "profantonioalencar@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "18:00",
							"end_time": "20:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "18:00",
							"end_time": "20:00"
						}
					]
				},
				{
					"id_session": 548479,
					"title": "Por que é importante a Educação Tecnológica?",
					"title_schedule": "Atividades",
					"venue": "Escola SESI",
					"description": "A oficina é uma mostra de projetos tecnológicos e os participantes  poderão construir protótipo será realizada na escola SESI.",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "13:30",
					"end_time": "15:30",
					"speakers": [
						{
							"id_speaker": 462495,
							"name": "Genarde Macedo Trindade",
							"photo": "https://images.even3.com.br/RDenoSgVJ2_zeykavo4XG_PHKAM=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at12.59.53.49784ba3c37945e6a723.jpeg",
							"designation": null,
							"resume": "Atualmente é Professor de Robótica e Educação Tecnológica na Rede SESI de Educação, no Ensino Fundamental I e II. Atua como Professor Voluntário na Universidade do Estado do Amazonas - UEA, no curso de Licenciatura em Computação do Centro de Estudos Superiores de Itacoatiara - CESIT. Mestre em Tecnologias Emergentes em Educação pela Miami University of Science and Technology - MUST. Especialista em Educação a Distância pelo Centro Universitário Leonardo da Vinci - UNIASSELVI. Graduado em Licenciatura em Computação pela Universidade do Estado do Amazonas - UEA. Realiza pesquisas na área de Ciência da Computação, com ênfase em Informática na Educação, principalmente nos campos de Tecnologias Educacionais, Robótica Educacional, Aprendizagem Móvel, Metodologias Ativas no Processo de Ensino e Aprendizagem, Fundamentos e Desenvolvimento de Softwares Educativos, Engenharia de Software, Gestão de Projetos de Software, Tecnologias de Realidade Aumentada, Realidade Virtual e Interação Humano Computador.",
							"facebook": null,
							"linkedin": null,
							"email": "genardemacedo@gmail.com",
							"lattes": null,
							"twitter": null,
							"site": null
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "13:30",
							"end_time": "15:30"
						}
					]
				},
				{
					"id_session": 548491,
					"title": "Desenvolvimento Web com Python e Django",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 312",
					"description": "O participante deve levar seu notebook e ter instalado e configurado o Python e Pycharm. Também deve possuir acesso a Internet. É aconselhável o participante possuir conhecimento em Python.",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 462131,
							"name": "Waleson Azevedo Pessoa de Melo",
							"photo": "https://images.even3.com.br/f9s0x5hjL_mVloi4JJoWMHV5XbE=/150x150/smart/even3.blob.core.windows.net/fotoperfil/Screenshot_20220903-160727_Gallery.4d4969cdf9b547c3a497.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "walesonmelo23@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						},
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 548497,
					"title": "Curso básico HTML e CSS",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 107",
					"description": "O participante deve ter levar seu computador e ter instalado o Visual Studio Code.\nO Software a ser utilizado no minicurso pode ser baixado no link abaixo:\nhttps://code.visualstudio.com/download",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 462008,
							"name": "Lucas Carvalho",
							"photo": "https://images.even3.com.br/uAH016DF7cIxTWlk6moV90W33wE=/150x150/smart/even3.blob.core.windows.net/geral/20221012_141630.ba309a93dd0a420bbfd8.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "luscarvalhox@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462009,
							"name": "Antony Gusmão",
							"photo": "https://images.even3.com.br/HGjkwdULhKTy0TSf06DE6WmKZFw=/150x150/smart/even3.blob.core.windows.net/geral/IMG-20221013-WA0005.65268c99e46c44a3a2e2.jpg",
							"designation": "Palestrante",
							"resume": "Estudante de Engenharia de Software na Ufam",
							"facebook": "",
							"linkedin": "https://www.linkedin.com/in/antony-guzm%C3%A3-a-694404221",
							"email": "ryangusmao16@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 548505,
					"title": "Estação de tratamento de água simplificada usando coagulante natural",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 208",
					"description": "Dia 25/10 --- Bloco A - Sala 209\nDia 26/10 --- Bloco A - Sala 208",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "16:00",
					"end_time": "18:00",
					"speakers": [
						{
							"id_speaker": 461963,
							"name": "Pedro Franciney Vieira Brasil",
							"photo": "https://images.even3.com.br/O67MChgpVP5WfloWSDLZyx005Aw=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at16.04.57.99c8f1d8be0a47d7b337.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "pedrofvbsc@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462152,
							"name": "Ronielle Barros Rolim",
							"photo": "https://images.even3.com.br/TJzBTXLx6OXBmo1Zgx7MVUJ-URk=/150x150/smart/even3.blob.core.windows.net/geral/IMG_20220512_170431.ebf8849b19f54c109ed5.jpg",
							"designation": "Palestrante",
							"resume": "Estudante do curso de farmácia",
							"facebook": "https://www.facebook.com/roniellebarros72",
							"linkedin": "",
							"email": "Ronielleb72@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462153,
							"name": "Andréia Nascimento Rodrigues",
							"photo": "https://images.even3.com.br/Ro7iJGdNnG_g0EUTAJHxhDwbUok=/150x150/smart/even3.blob.core.windows.net/geral/IMG_20210405_232245_614.ca1462ca438f41de93bd.jpg",
							"designation": "Voluntária ufam",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "rodriguesandreia327@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462151,
							"name": "Alex Martins Ramos",
							"photo": "https://images.even3.com.br/DFgrTyagJ68vaZfmsIzaCpHv1VM=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at12.08.02.ec7e2ab3b60b4f41b1db.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "alexmartins@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "16:00",
							"end_time": "18:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "16:00",
							"end_time": "18:00"
						}
					]
				},
				{
					"id_session": 548506,
					"title": "Segurança da Informação",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 208",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "17:00",
					"end_time": "18:00",
					"speakers": [
						{
							"id_speaker": 462016,
							"name": "kleyson Lima Maciel",
							"photo": "https://graph.facebook.com/1927604127305121/picture?width=150&height=150",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "kleyson182@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "17:00",
							"end_time": "18:00"
						}
					]
				},
				{
					"id_session": 548510,
					"title": "GESTÃO DE ESTOQUE NA DROGARIA: Utilização da Curva ABC em uma farmácia no município de Itacoat",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 212",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "17:40",
					"end_time": "18:00",
					"speakers": [
						{
							"id_speaker": 462018,
							"name": "Patrick Raposo Ramos",
							"photo": "https://images.even3.com.br/q355idG2Drgi66pQ2cUFnApFEM8=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at23.01.17.486c69cfab8344098c22.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "patrickramos015@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "17:40",
							"end_time": "18:00"
						}
					]
				},
				{
					"id_session": 549709,
					"title": "Aplicação Pratica de Massagem Relaxante",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 307(Mini Auditório)",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "08:00",
					"end_time": "11:00",
					"speakers": [
						{
							"id_speaker": 462507,
							"name": "Dra. Ednarda",
							"photo": "https://images.even3.com.br/EIVZaN4HrMTBMFosavx9GpyUv4M=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at13.43.34.e0ab8418a4d7498ebeab.jpeg",
							"designation": null,
							"resume": null,
							"facebook": null,
							"linkedin": null,
							"email": null,
							"lattes": null,
							"twitter": null,
							"site": null
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "08:00",
							"end_time": "11:00"
						}
					]
				},
				{
					"id_session": 549720,
					"title": "Levantamento das espécies de camarão dulcículas capturadas em igapó  próximo ao município de Maués",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 212",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "10:20",
					"end_time": "10:40",
					"speakers": [
						{
							"id_speaker": 462154,
							"name": "Ana Cláudia Batista de Oliveira",
							"photo": "https://images.even3.com.br/VHZmTaua9bAI-Rw64v2j7fPLlgw=/150x150/smart/even3.blob.core.windows.net/fotoperfil/0.ca38cc71b18349ed905e.PNG",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "anaclaudia135oliveira@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "10:20",
							"end_time": "10:40"
						}
					]
				},
				{
					"id_session": 549890,
					"title": "Bemol RH: Competências de um profissional valorizado no mercado",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 203",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "15:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 463430,
							"name": "Karolliny Teixeira",
							"photo": "https://images.even3.com.br/mBGdkXz8SJKeB1AADwLZQFluv4w=/150x150/smart/even3.blob.core.windows.net/geral/karol.882db78ba2534991b460.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": null,
							"linkedin": null,
							"email": null,
							"lattes": null,
							"twitter": null,
							"site": null
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "15:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 550240,
					"title": "Motivação e Liderança",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 103",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "20:00",
					"end_time": "21:00",
					"speakers": [
						{
							"id_speaker": 462020,
							"name": "Turma de Administração da Uniplan",
							"photo": "https://images.even3.com.br/dKmXFrXLoqayCiEYFdBSZtzGzsA=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at11.01.20.1ada74e2c6d045ef93ad.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "lindarahage@hotmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "20:00",
							"end_time": "21:00"
						}
					]
				},
				{
					"id_session": 550265,
					"title": "Os Processos Gerenciais através do Jogo de tabuleiro",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 309",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "19:00",
					"end_time": "21:00",
					"speakers": [
						{
							"id_speaker": 462091,
							"name": "Marusca Wisler",
							"photo": "https://images.even3.com.br/R5VRCXx_JvYsMs69sDHgKoLbNWs=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at16.50.31.afdb51bbec00464795f4.jpeg",
							"designation": "Palestrante",
							"resume": "Graduada em administração,Especialista em GP, RH e Docência, Mestra em Ensino, coordenadora de cursos da Faculdade Senac - MBI e representante do CRA-AM em Itacoatiara.",
							"facebook": "",
							"linkedin": "",
							"email": "marusca.wisler@am.senac.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462094,
							"name": "Aniklay de Oliveira Lamarão",
							"photo": "https://images.even3.com.br/KhNfYOMQE2DM61vDEu0HlkXZQew=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at18.00.03.15d79e276acc4f1bbeaa.jpeg",
							"designation": "Palestrante",
							"resume": "Tecnóloga em Logística Empresarial.\nEspecialista em Docência do Ensino Superior\nDocente na FATESE- Faculdade Senac e Senac MBI de Itacoatiara",
							"facebook": "",
							"linkedin": "",
							"email": "aniklay.lamarao@am.senac.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "19:00",
							"end_time": "21:00"
						}
					]
				},
				{
					"id_session": 550296,
					"title": "GAMIFICAÇÃO NAS ORGANIZAÇÕES: O papel da Logística através do jogo de Dama Humana",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 302",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "19:00",
					"end_time": "21:00",
					"speakers": [
						{
							"id_speaker": 462091,
							"name": "Marusca Wisler",
							"photo": "https://images.even3.com.br/R5VRCXx_JvYsMs69sDHgKoLbNWs=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at16.50.31.afdb51bbec00464795f4.jpeg",
							"designation": "Palestrante",
							"resume": "Graduada em administração,Especialista em GP, RH e Docência, Mestra em Ensino, coordenadora de cursos da Faculdade Senac - MBI e representante do CRA-AM em Itacoatiara.",
							"facebook": "",
							"linkedin": "",
							"email": "marusca.wisler@am.senac.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462097,
							"name": "LUCICLEIA PANTOJA PINHEIRO",
							"photo": "https://images.even3.com.br/wBB-TVMrcwx_jB6wsCPfU41hGBc=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at16.53.39.22bf61ea5847462c8022.jpeg",
							"designation": "Palestrante",
							"resume": "Docente do ensino superior da Fatese Itacoatiara.",
							"facebook": "",
							"linkedin": "",
							"email": "lucicleia.pinheiro@am.senac.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "19:00",
							"end_time": "21:00"
						}
					]
				},
				{
					"id_session": 550304,
					"title": "PERSPECTIVA CULTURAL EM UMA ORGANIZAÇÃO: um tour através da Realidade Virtual nos processos gerenciais",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 204",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "19:00",
					"end_time": "21:00",
					"speakers": [
						{
							"id_speaker": 462101,
							"name": "DIEGO MACEDO ALMEIDA",
							"photo": "https://images.even3.com.br/mHmt0n1H8DKfG3j6jFQKXo_EyLc=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at16.54.11.45de5c0168da44a2bce4.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "diego.almeida@am.senac.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462091,
							"name": "Marusca Wisler",
							"photo": "https://images.even3.com.br/R5VRCXx_JvYsMs69sDHgKoLbNWs=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at16.50.31.afdb51bbec00464795f4.jpeg",
							"designation": "Palestrante",
							"resume": "Graduada em administração,Especialista em GP, RH e Docência, Mestra em Ensino, coordenadora de cursos da Faculdade Senac - MBI e representante do CRA-AM em Itacoatiara.",
							"facebook": "",
							"linkedin": "",
							"email": "marusca.wisler@am.senac.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "19:00",
							"end_time": "21:00"
						}
					]
				},
				{
					"id_session": 550319,
					"title": "O mercado da beleza através de alguns empreendimentos estéticos em Itacoatiara-AM.",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 205",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "19:00",
					"end_time": "21:00",
					"speakers": [
						{
							"id_speaker": 462091,
							"name": "Marusca Wisler",
							"photo": "https://images.even3.com.br/R5VRCXx_JvYsMs69sDHgKoLbNWs=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at16.50.31.afdb51bbec00464795f4.jpeg",
							"designation": "Palestrante",
							"resume": "Graduada em administração,Especialista em GP, RH e Docência, Mestra em Ensino, coordenadora de cursos da Faculdade Senac - MBI e representante do CRA-AM em Itacoatiara.",
							"facebook": "",
							"linkedin": "",
							"email": "marusca.wisler@am.senac.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462111,
							"name": "MÔNICA COSTA ANTUNES",
							"photo": "https://images.even3.com.br/qnNHiC4sPEON7QqWan_HvPKNEGA=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at16.55.25.203d1e8642c54cfa9857.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "monica.costa@am.senac.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "19:00",
							"end_time": "21:00"
						}
					]
				},
				{
					"id_session": 550327,
					"title": "O Mercado de bronzeamento estético e a importância do uso do protetor solar.",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 310",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "19:00",
					"end_time": "21:00",
					"speakers": [
						{
							"id_speaker": 462091,
							"name": "Marusca Wisler",
							"photo": "https://images.even3.com.br/R5VRCXx_JvYsMs69sDHgKoLbNWs=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at16.50.31.afdb51bbec00464795f4.jpeg",
							"designation": "Palestrante",
							"resume": "Graduada em administração,Especialista em GP, RH e Docência, Mestra em Ensino, coordenadora de cursos da Faculdade Senac - MBI e representante do CRA-AM em Itacoatiara.",
							"facebook": "",
							"linkedin": "",
							"email": "marusca.wisler@am.senac.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462113,
							"name": "SAMARA MOTTER DETONI DA SILVA",
							"photo": "https://images.even3.com.br/TnQFWlBJpB8ZsCkDvWRCFGOl87w=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at16.55.52.19037abf1e5d46d0844d.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "samara.detoni@senac.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "19:00",
							"end_time": "21:00"
						}
					]
				},
				{
					"id_session": 550336,
					"title": "Combate a Incêndio com evacuação de pessoas do prédio sinistrado",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 204",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "10:00",
					"speakers": [
						{
							"id_speaker": 463340,
							"name": "Tenente Charlles",
							"photo": "https://images.even3.com.br/dcCK9Iq4cmWNEE4K1wpp6fMdGak=/150x150/smart/even3.blob.core.windows.net/geral/tenentecharles.d2e2768de087459bb1e5.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "c.vrodrigues@hotmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "09:00",
							"end_time": "10:00"
						}
					]
				},
				{
					"id_session": 550342,
					"title": "Poluição de microplastico em igarapés urbanos do município de Itapiranga (Am)",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 207",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "17:20",
					"end_time": "17:40",
					"speakers": [
						{
							"id_speaker": 463263,
							"name": "George Gustavo Liborio Pereira",
							"photo": "https://images.even3.com.br/h4or74G9Blaz8GA2Rd1faww3lRY=/150x150/smart/even3.blob.core.windows.net/geral/_20221014_152443.b8fa27ea26d648e5a156.jpg",
							"designation": "Palestrante",
							"resume": "George Gustavo Libório Pereira é formado em Técnico em Logística no IFSULDEMINAS- Campus Campo do Meio, Atualmente está cursando Técnico em Geoprocessamento no IFSULDEMINAS- Campus Inconfidentes ;Está cursando o 10° período em Engenharia Sanitária na Universidade Federal do Amazonas. Bolsista do PIBIC pela FAPEAM com projeto: Poluição de microplásticos em igarapés urbanos do Município de Itapiranga (AM). Seu trabalho se enfoca em analisar a presença de MPs em amostras de águas superficiais e sedimentos, coletados de igarapés localizados na área urbana do Município de Itapiranga (AM). Os dois igarapés foram selecionados por atravessar a área urbana e apresentar poluição antrópica.",
							"facebook": "",
							"linkedin": "https://www.linkedin.com/in/george-gustavo-pereira-39a62a201",
							"email": "georgeengufam@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "17:20",
							"end_time": "17:40"
						}
					]
				},
				{
					"id_session": 550400,
					"title": "Oficina de  Primeiros Socorros",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 207",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 462188,
							"name": "Neuliane Melo Sombra",
							"photo": "https://images.even3.com.br/Td7n1jO-t076XWIhPIPEa0LAhz8=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at11.09.26.2e43c23095a543a49b3f.jpeg",
							"designation": null,
							"resume": "enfermeira, mestre em saúde pública.",
							"facebook": "",
							"linkedin": "",
							"email": "neuliane.sombra@itacoatiara.itpac.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 550540,
					"title": "03 Itens essenciais para o seu negócio: Contratos, Marketing Digital e Gestão Financeira",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 205",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "12:00",
					"speakers": [
						{
							"id_speaker": 461695,
							"name": "Anderson Lincoln Vital",
							"photo": "https://images.even3.com.br/6ZMLE1hNwC6fZ9jN8WCGastkaBs=/150x150/smart/even3.blob.core.windows.net/geral/FCO_3303.dad8438be3c74d70bafb.JPG",
							"designation": "Palestrante / UFAM",
							"resume": "Advogado. Professor da Universidade Federal do Amazonas. Doutorando em Educação (ULBRA/RS). Mestre em Ciências Ambientais pela UFAM. Graduado em Direito pela ULBRA  e em Ciências Sociais pela UFAM.",
							"facebook": "",
							"linkedin": "",
							"email": "andersonvital@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462079,
							"name": "Joel Castro do Nascimento",
							"photo": "https://images.even3.com.br/MZzHDvFDV_SGQR-6OATVIMoCdR0=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at14.05.50.fa11e90427fc4cf98c77.jpeg",
							"designation": "Palestrante",
							"resume": "Graduado em Engenharia de Produção\nMestre em Engenharia de Produção \nEspecialista em gestão de pessoas\nProfessor e coordenador do curso de Eng. de Produção do ICET\nEmpreendedor, Investidor e Educador Financeiro",
							"facebook": "",
							"linkedin": "",
							"email": "joelcastro@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462481,
							"name": "Bruno Porto",
							"photo": "https://images.even3.com.br/vVdajudwV3ryPxWD4Eu5KkfAO94=/150x150/smart/even3.blob.core.windows.net/geral/_J8A0039.3e56945f1fcc4ec0bc51.jpg",
							"designation": null,
							"resume": "Porto Insghit Digital",
							"facebook": null,
							"linkedin": null,
							"email": "contato@portoinsightdigital.com",
							"lattes": null,
							"twitter": null,
							"site": null
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "09:00",
							"end_time": "12:00"
						}
					]
				},
				{
					"id_session": 550896,
					"title": "Liberação miofascial manual com ênfase em tratamento fisioterapeutico na síndrome dolorosa",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 307(Mini Auditório)",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 462119,
							"name": "Franciane Barbosa de Souza",
							"photo": "https://images.even3.com.br/tSFV8c-jQf__kdrnaUWEhqpGeE8=/150x150/smart/even3.blob.core.windows.net/geral/meninacoisada.5f480b941b5f4d5782b9.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "francianebarbosaduda@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 550900,
					"title": "Turma 2 -  Diálogos para Professores: O Novo Ensino Médio e a Universidade",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 206",
					"description": "Mesma descrição DA TURMA 1\n\nMinicurso: Matemática",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "11:00",
					"speakers": [
						{
							"id_speaker": 462192,
							"name": "Eliane Batista de Lima Freitas",
							"photo": "https://images.even3.com.br/6y0vtRMlqqW87l2HdlvRY0XPMW4=/150x150/smart/even3.blob.core.windows.net/fotoperfil/FaceApp_1608605466669.688cdb1c190f49e0b8f4.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "elianefreitas@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "09:00",
							"end_time": "11:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "15:00",
							"end_time": "18:00"
						}
					]
				},
				{
					"id_session": 550900,
					"title": "Turma 2 -  Diálogos para Professores: O Novo Ensino Médio e a Universidade",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 206",
					"description": "Mesma descrição DA TURMA 1\n\nMinicurso: Matemática",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "15:00",
					"end_time": "18:00",
					"speakers": [
						{
							"id_speaker": 462192,
							"name": "Eliane Batista de Lima Freitas",
							"photo": "https://images.even3.com.br/6y0vtRMlqqW87l2HdlvRY0XPMW4=/150x150/smart/even3.blob.core.windows.net/fotoperfil/FaceApp_1608605466669.688cdb1c190f49e0b8f4.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "elianefreitas@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "09:00",
							"end_time": "11:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "15:00",
							"end_time": "18:00"
						}
					]
				},
				{
					"id_session": 550905,
					"title": "PERSPECTIVA CULTURAL EM UMA ORGANIZAÇÃO: um tour através da Realidade Virtual na Logística",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 202",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "19:00",
					"end_time": "21:00",
					"speakers": [
						{
							"id_speaker": 462091,
							"name": "Marusca Wisler",
							"photo": "https://images.even3.com.br/R5VRCXx_JvYsMs69sDHgKoLbNWs=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at16.50.31.afdb51bbec00464795f4.jpeg",
							"designation": "Palestrante",
							"resume": "Graduada em administração,Especialista em GP, RH e Docência, Mestra em Ensino, coordenadora de cursos da Faculdade Senac - MBI e representante do CRA-AM em Itacoatiara.",
							"facebook": "",
							"linkedin": "",
							"email": "marusca.wisler@am.senac.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462104,
							"name": "DAYANE ROSAS DE SOUZA",
							"photo": "https://images.even3.com.br/N7Q8-O2TdFx826cCzPcuzK12H-8=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at16.54.52.e5ae952b16b5461fb7a3.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "dayane.souza@am.senac.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "19:00",
							"end_time": "21:00"
						}
					]
				},
				{
					"id_session": 550906,
					"title": "Introdução sobre Etnomatemática na educação escolar",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 203",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "10:00",
					"end_time": "11:00",
					"speakers": [
						{
							"id_speaker": 213404,
							"name": "Erisson Pereira dos Santos",
							"photo": "https://images.even3.com.br/em6vMvEBDvwppJ6PfVI7B9qPJXs=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-15at20.18.33.62cf101779ab47948da5.jpeg",
							"designation": null,
							"resume": null,
							"facebook": null,
							"linkedin": null,
							"email": "erissonsantos13@gmail.com",
							"lattes": null,
							"twitter": null,
							"site": null
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "10:00",
							"end_time": "11:00"
						}
					]
				},
				{
					"id_session": 551295,
					"title": "Mapeando o multiverso: Uma discussão sobre física, filosofia, e uso na cultura pop .",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 311",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "17:00",
					"end_time": "18:00",
					"speakers": [
						{
							"id_speaker": 463260,
							"name": "Marco Aurélio dos Santos Cruz",
							"photo": "https://images.even3.com.br/x58OMLYcUlMRVR9PYJw95Oi3fak=/150x150/smart/even3.blob.core.windows.net/geral/caracoisado.2de24d3bea37431eab4b.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "mcruz@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "17:00",
							"end_time": "18:00"
						}
					]
				},
				{
					"id_session": 551301,
					"title": "Mini Simpósio com Práticas de Atendimento ao Público: Práticas Integrativas Complementares em Saúde",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 309",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "08:00",
					"end_time": "11:00",
					"speakers": [
						{
							"id_speaker": 463926,
							"name": "Luana Kelly Lima Santana",
							"photo": "https://ui-avatars.com/api/?background=45789C&color=fff&rounded=true&name=Luana Kelly Lima Santana",
							"designation": null,
							"resume": null,
							"facebook": null,
							"linkedin": null,
							"email": null,
							"lattes": null,
							"twitter": null,
							"site": null
						},
						{
							"id_speaker": 464212,
							"name": "Juliana Fraiz Alves",
							"photo": "https://ui-avatars.com/api/?background=45789C&color=fff&rounded=true&name=Juliana Fraiz Alves",
							"designation": null,
							"resume": null,
							"facebook": null,
							"linkedin": null,
							"email": null,
							"lattes": null,
							"twitter": null,
							"site": null
						},
						{
							"id_speaker": 464213,
							"name": "Ana Rosa C. L. Bandeira",
							"photo": "https://ui-avatars.com/api/?background=45789C&color=fff&rounded=true&name=Ana Rosa C. L. Bandeira",
							"designation": null,
							"resume": "",
							"facebook": null,
							"linkedin": null,
							"email": null,
							"lattes": null,
							"twitter": null,
							"site": null
						},
						{
							"id_speaker": 464214,
							"name": "Marlene Cavalcanti",
							"photo": "https://ui-avatars.com/api/?background=45789C&color=fff&rounded=true&name=Marlene Cavalcanti",
							"designation": null,
							"resume": "",
							"facebook": null,
							"linkedin": null,
							"email": null,
							"lattes": null,
							"twitter": null,
							"site": null
						},
						{
							"id_speaker": 464183,
							"name": "Flávio Nogueira da Costa",
							"photo": "https://images.even3.com.br/JCfNq9WMYUEb9VnxhOKLl67etok=/150x150/smart/even3.blob.core.windows.net/geral/IMG-20200825-WA0077.a3edabd57e874487a17b.jpg",
							"designation": "Mediador",
							"resume": "Professor de Farmácia ICET/UFAM (2019). Doutor em Biotecnologia de produtos Naturais (2013).  Mestre em Educação em Saúde (2003).",
							"facebook": "",
							"linkedin": "",
							"email": "flavionogueira@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 463927,
							"name": "Ana Célia da Silva Moura",
							"photo": "https://ui-avatars.com/api/?background=45789C&color=fff&rounded=true&name=Ana Célia da Silva Moura",
							"designation": null,
							"resume": "",
							"facebook": null,
							"linkedin": null,
							"email": "presidencia.crfam@gmail.com",
							"lattes": null,
							"twitter": null,
							"site": null
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "08:00",
							"end_time": "11:00"
						}
					]
				},
				{
					"id_session": 554095,
					"title": "Introdução ao Figma: os primeiros passos na prototipação de telas.",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "19:00",
					"end_time": "20:00",
					"speakers": [
						{
							"id_speaker": 466620,
							"name": "Victor Gabriel M. de Araújo",
							"photo": "https://images.even3.com.br/hZcxc1ibgS3Ck2Lcej43IEV74G8=/150x150/smart/even3.blob.core.windows.net/geral/IMG-20191202-WA0026-01.9626383a7e1f433b856a.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": "Técnico em Informática- IFAM - Campus Itacoatiara\nGraduando em Engenharia de Software UFAM/ICET",
							"facebook": "",
							"linkedin": "",
							"email": "vicvicaraujo16@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 466068,
							"name": "Glauber Patrik Brito de Souza",
							"photo": "https://images.even3.com.br/psnugD67mqY-q0q3KHpSyVA-4jQ=/150x150/smart/even3.blob.core.windows.net/geral/Glauber.43f9430527c84a6d9e3b.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": "Cursando Engenharia de Software na Universidade Federal do Estado do Amazonas pelo Campus ICET e Técnico em Informática pelo Instituto Federal IFAM Campus Parintins.",
							"facebook": "",
							"linkedin": "https://www.linkedin.com/in/glauber-patrik-ba44a9231",
							"email": "iamlordwest@gmail.com",
							"lattes": "",
							"twitter": "https://www.twitter.com/glauberziiinho",
							"site": ""
						},
						{
							"id_speaker": 466619,
							"name": "Felipe Maklouf Coelho",
							"photo": "https://images.even3.com.br/SQlgANQhk8KBRr3CpsspwZDtDMA=/150x150/smart/even3.blob.core.windows.net/geral/FelipeMakloufCoelho.62dd656055c7463fa397.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": "Técnico em Informática pela Fundação Matias Machline.\nUniversitário de Eng de Software pela Universidade Federal do Amazonas\nTenho experiências com UX e UI, ilustrações, Animações, Desenvolvimento Front End.",
							"facebook": "",
							"linkedin": "",
							"email": "felipemakloufc@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "19:00",
							"end_time": "20:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "19:00",
							"end_time": "20:00"
						},
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "19:00",
							"end_time": "20:00"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "19:00",
							"end_time": "20:00"
						}
					]
				},
				{
					"id_session": 555167,
					"title": "Gerenciamento de Resíduos Sólidos em Itacoatiara/AM",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 203",
					"description": " ",
					"tags": null,
					"date": "25/10/2022",
					"date_UTC": "2022-10-25T00:00:00.0000000",
					"start_time": "16:00",
					"end_time": "17:00",
					"speakers": [
						{
							"id_speaker": 462125,
							"name": "Gabriel dos Anjos",
							"photo": "https://images.even3.com.br/5_x4j9lLd3uUuePVsUVdr1aEPr8=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at13.56.52.89b5b0bda1f5436fa57e.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "gaguimaraes@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "16:00",
							"end_time": "17:00"
						}
					]
				}
			]
		},
		{
			"id_schedule": "26102022",
			"date": "2022-10-26T00:00:00.0000000",
			"day": "quarta-feira",
			"sessions": [
				{
					"id_session": 548322,
					"title": "Da Graduação ao Mestrado: mitos e verdades sobre como passar em um mestrado na Pontifícia Universidade Católica do Rio de Janeiro (PUC-RIO)",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 203",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "16:00",
					"end_time": "17:00",
					"speakers": [
						{
							"id_speaker": 461965,
							"name": "Sidney Guerreiro de Souza",
							"photo": "https://images.even3.com.br/THjNmcmrZy4cTtZzWoA82dNS6V4=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at18.38.00.bc37cec6fd5e4726a36d.jpeg",
							"designation": "Palestrante",
							"resume": "Pós-graduando em MBA em Gestão Logística em Engenharia de Produção pelo Instituto Carreira de Pós-graduação. Finalista do curso de Engenharia de Produção pela Universidade Federal do Amazonas. Técnico em Manutenção e Suporte em Informática pelo Instituto Federal do Amazonas. Pesquisador Técnico no Programa de Apoio à Interiorização em Pesquisa e Inovação Tecnológica do Amazonas. Representante discente do curso de Engenharia de Produção. Embaixador representando a região Norte na Brazil Conference at Harvard & MIT 2022 em Boston, nos Estados Unidos. Autor e coautor de artigos publicados em eventos científicos nacionais nas áreas de Engenharia de Produção.",
							"facebook": "",
							"linkedin": "https://www.linkedin.com/in/sidney-guerreiro-6873ab171/",
							"email": "sidneyguerreiro1998@gmail.com",
							"lattes": "https://lattes.cnpq.br/9626335086454696",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "16:00",
							"end_time": "17:00"
						}
					]
				},
				{
					"id_session": 548412,
					"title": "Sistema Eletrônico de Informações (SEI)",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 107",
					"description": "Este curso é voltado aos servidores do ICET e apresentará as principais funcionalidades do Sistema Eletrônico de Informações (SEI), utilizado na Universidade Federal do Amazonas para aprimorar a gestão documental e facilitar o acesso de servidores e cidadãos às informações institucionais.",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "08:00",
					"end_time": "10:00",
					"speakers": [
						{
							"id_speaker": 461666,
							"name": "Elian Cristian dos Reis Martins",
							"photo": "https://images.even3.com.br/3Vf09MUqQDgz_yc4oMvoVsdSR1g=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at00.27.20.71e69806abe5469ea556.jpeg",
							"designation": "Palestrante",
							"resume": "Bacharel em Engenharia de Software pela Universidade Federal do Amazonas. Desde 2020 atua como assistente em administração no Instituto de Ciências Exatas e Tecnologia, onde atualmente exerce a função de Gerente de Recursos Humanos.",
							"facebook": "",
							"linkedin": "",
							"email": "eliancristian@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 461673,
							"name": "Reinaldo Monteverde Soares",
							"photo": "https://images.even3.com.br/D_KzuLMKtE3tq2e72kbIwn4Ea6I=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at00.26.24.158b872c1e024af48b0b.jpeg",
							"designation": "Palestrante",
							"resume": "Possui MBA em Gestão de Pessoas pela Universidade do Estado do Amazonas UEA, (2021). Possui graduação em Administração de Empresas pela Universidade Paulista - UNIP (2018), também é graduado em Gestão Pública pela Universidade Anhanguera - UNIDERP ( 2019), possui experiência em licitações públicas e logística, atualmente é servidor público federal no instituto de ciências exatas e tecnologia ICET-UFAM, prestando assistencia na coordenação de cursos e coordenação administrativa do instituto.",
							"facebook": "",
							"linkedin": "",
							"email": "reinaldo.monteverde@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "08:00",
							"end_time": "10:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "08:00",
							"end_time": "10:00"
						},
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "08:00",
							"end_time": "10:00"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "08:00",
							"end_time": "10:00"
						}
					]
				},
				{
					"id_session": 548491,
					"title": "Desenvolvimento Web com Python e Django",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 312",
					"description": "O participante deve levar seu notebook e ter instalado e configurado o Python e Pycharm. Também deve possuir acesso a Internet. É aconselhável o participante possuir conhecimento em Python.",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 462131,
							"name": "Waleson Azevedo Pessoa de Melo",
							"photo": "https://images.even3.com.br/f9s0x5hjL_mVloi4JJoWMHV5XbE=/150x150/smart/even3.blob.core.windows.net/fotoperfil/Screenshot_20220903-160727_Gallery.4d4969cdf9b547c3a497.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "walesonmelo23@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						},
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 548505,
					"title": "Estação de tratamento de água simplificada usando coagulante natural",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 208",
					"description": "Dia 25/10 --- Bloco A - Sala 209\nDia 26/10 --- Bloco A - Sala 208",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "16:00",
					"end_time": "18:00",
					"speakers": [
						{
							"id_speaker": 461963,
							"name": "Pedro Franciney Vieira Brasil",
							"photo": "https://images.even3.com.br/O67MChgpVP5WfloWSDLZyx005Aw=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at16.04.57.99c8f1d8be0a47d7b337.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "pedrofvbsc@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462152,
							"name": "Ronielle Barros Rolim",
							"photo": "https://images.even3.com.br/TJzBTXLx6OXBmo1Zgx7MVUJ-URk=/150x150/smart/even3.blob.core.windows.net/geral/IMG_20220512_170431.ebf8849b19f54c109ed5.jpg",
							"designation": "Palestrante",
							"resume": "Estudante do curso de farmácia",
							"facebook": "https://www.facebook.com/roniellebarros72",
							"linkedin": "",
							"email": "Ronielleb72@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462153,
							"name": "Andréia Nascimento Rodrigues",
							"photo": "https://images.even3.com.br/Ro7iJGdNnG_g0EUTAJHxhDwbUok=/150x150/smart/even3.blob.core.windows.net/geral/IMG_20210405_232245_614.ca1462ca438f41de93bd.jpg",
							"designation": "Voluntária ufam",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "rodriguesandreia327@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462151,
							"name": "Alex Martins Ramos",
							"photo": "https://images.even3.com.br/DFgrTyagJ68vaZfmsIzaCpHv1VM=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at12.08.02.ec7e2ab3b60b4f41b1db.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "alexmartins@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "16:00",
							"end_time": "18:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "16:00",
							"end_time": "18:00"
						}
					]
				},
				{
					"id_session": 548551,
					"title": "Monkeypox a varíola dos macacos: o que sabemos até agora.",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 103",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "08:00",
					"end_time": "09:00",
					"speakers": [
						{
							"id_speaker": 462049,
							"name": "Camila Luchiari Takahashi",
							"photo": "https://images.even3.com.br/kNi7Wo9F93-p7VhJBlZxJt3iazQ=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at14.43.43.95674410d2c14b62a7a5.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "camila.takahashi@itacoatiara.itpac.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "08:00",
							"end_time": "09:00"
						}
					]
				},
				{
					"id_session": 548552,
					"title": "Educação com propósito: aprendizagem por competências",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "10:00",
					"end_time": "11:00",
					"speakers": [
						{
							"id_speaker": 462103,
							"name": "Evandro Brandão Barbosa",
							"photo": "https://images.even3.com.br/_acnrL76Zz2lBD3Hhn2H3OTpyDI=/150x150/smart/even3.blob.core.windows.net/geral/IMG_20220916_070257613_MP.ce57b341fa524b0289c3.jpg",
							"designation": "Palestrante",
							"resume": "Estagiário de Pós-foutorado em Ciências do Ambiente e Sustentabilidade na Amazônia; doutor em Ciências do ambiente e Sustentabilidade na Amazônia!; mestre em educação; especialista em Engenharia Econômica; especialista em Gestão e docência do Ensino Superior e especialista em Tecnologias Digitais Aplicadas à Educação; graduado em Ciências Econômicas e em Administração. Reitor e Professor de Ensino Superior da ULBRA Manaus.",
							"facebook": "",
							"linkedin": "",
							"email": "educacaosustentavel@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "10:00",
							"end_time": "11:00"
						}
					]
				},
				{
					"id_session": 548553,
					"title": "Ecossistema de Inovação",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 107",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "15:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 462140,
							"name": "Kaio Pinheiro Cardoso",
							"photo": "https://images.even3.com.br/d3zzA0dWWTHfQyayobYB7FGlUs4=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-17at16.50.41.cfe76d3373a1484f8bc2.jpeg",
							"designation": null,
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "cardoso.kaio@outlook.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "15:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 548554,
					"title": "Inteligência Artificial: a revolução cognitiva e o futuro das profissões",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 103",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "17:00",
					"end_time": "18:00",
					"speakers": [
						{
							"id_speaker": 462163,
							"name": "Eduardo Palhares Júnior",
							"photo": "https://images.even3.com.br/nLjL_HTPuJD9kp9iSGbe4jvlrGY=/150x150/smart/even3.blob.core.windows.net/geral/foto_Everton.bfda8f492d304aad83de.jpeg",
							"designation": "Palestrante",
							"resume": "Possui graduação em Ciência e Técnologia pela Universidade Federal do ABC (2010), graduação em Engenharia Aeroespacial pela Universidade Federal do ABC (2014), graduação em Licenciatura em Matemática pela Universidade Federal do ABC (2017) e mestrado em Engenharia Mecânica pela Universidade Federal do ABC (2015). Atualmente é professor EBTT de matemática do Instituto Federal de Educação, Ciência e Tecnologia do Amazonas, tutor EAD de graduação da Universidade Virtual do Estado de São Paulo e doutorando pela Escola Politécnica da Universidade de São Paulo, pesquisando na área de matemática computacional e machine learning aplicada ao mercado financeiro. Atua como voluntário na coordenação de projetos de extensão ligados a educação financeira, computação e matemática aplicados a investimentos.",
							"facebook": "",
							"linkedin": "",
							"email": "eduardo.palharesjr@ifam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "17:00",
							"end_time": "18:00"
						}
					]
				},
				{
					"id_session": 548555,
					"title": "Dicas Rápidas para Falar em Público",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 103",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "19:00",
					"end_time": "20:00",
					"speakers": [
						{
							"id_speaker": 462166,
							"name": "Karen Cristina Barreto Trovão Rodrigues",
							"photo": "https://images.even3.com.br/xd3fsda0ZywsCuoOjYIpiAzBnys=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at16.45.34.4f64ad6ee2cb49a3be31.jpeg",
							"designation": "Palestrante",
							"resume": "Administradora, especialista em marketing, administração e logística, graduanda em geografia.\nProfessora Substituta na UFAM e docente de educação profissional e tecnológica no SENAC, representante do Conselho Regional de Administração do Amazonas em Itacoatiara",
							"facebook": "",
							"linkedin": "",
							"email": "karencristinatrovao@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "19:00",
							"end_time": "20:00"
						}
					]
				},
				{
					"id_session": 548556,
					"title": "Relato de Experiência na Atuação Multidisciplinar em um Hospital referência em Doenças Infecto",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 312",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "13:00",
					"end_time": "14:00",
					"speakers": [
						{
							"id_speaker": 462124,
							"name": "Mírian Barroso de albuquerque",
							"photo": "https://images.even3.com.br/9FEgqe6iVUSBUIdUD2iLQRjoWSM=/150x150/smart/even3.blob.core.windows.net/geral/servletrecuperafoto5.246a8f89c33547b4b24f.gif",
							"designation": "Palestrante",
							"resume": "Graduada em Fonoaudiologia pela Universidade de Fortaleza (2013). Especialista em Fonoaudiologia Hospitalar com enfoque em disfagia pela UNIFOR (2015) e em Motricidade Orofacial pela Faculdade Redentor (2019). Experiência em atendimento hospitalar e home care, com atuação principal na saúde do adulto e do idoso, em consequência de patologias funcionais, orgânicas, senis e neurológicas. Atualmente trabalha na assistência fonoaudiológica no Hospital São José de Doenças Infecciosas.",
							"facebook": "",
							"linkedin": "",
							"email": "dramirianfono@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "13:00",
							"end_time": "14:00"
						}
					]
				},
				{
					"id_session": 548557,
					"title": "Terminais portuários inteligentes: conceitos, direções de pesquisa e iniciativas práticas",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "10:00",
					"speakers": [
						{
							"id_speaker": 462075,
							"name": "Yuri Triska",
							"photo": "https://images.even3.com.br/e2wtv9Y20nVnnooWS-N2VSv3cwE=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at14.40.22.ebc0862ec2bb4c8a93bc.jpeg",
							"designation": "Doutorando na UFSC",
							"resume": "Doutorando do Programa de Pós-Graduação em Engenharia de Produção da Universidade Federal de Santa Catarina – PPGEP/UFSC, na área de Logística e Cadeia de Suprimentos. Pesquisador visitante no Bremer Institut für Produktion und Logistik (Universidade de Bremen – Alemanha). Mestre em Engenharia de Produção pela UFSC. Engenheiro Civil pela UFSC. Experiência em consultoria portuária.",
							"facebook": "",
							"linkedin": "https://www.linkedin.com/in/yuritriska/",
							"email": "yuritriska@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "09:00",
							"end_time": "10:00"
						}
					]
				},
				{
					"id_session": 548558,
					"title": "Manejo da irrigação utilizando sensores de umidade em solos de diferentes texturas",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 312",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "10:00",
					"speakers": [
						{
							"id_speaker": 462080,
							"name": "Evellyn Freire da Silva",
							"photo": "https://images.even3.com.br/PfpDXDW82SUe9rYbcyYSziWhFEQ=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-14at10.37.33.8afff5fdf5e9411fb3c1.jpeg",
							"designation": "Doutoranda / ESALQ",
							"resume": "Engenheira Agrônoma, mestre em Engenharia de Sistemas Agrícolas e atualmente doutoranda no programa de \"Engenharia de Sistemas Agrícolas\" na ESALQ/USP. Atualmente trabalha com pesquisas voltadas para a utilização de sensores eletrônicos para determinação do teor atual de umidade no solo e manejo de irrigação de culturas agrícolas.",
							"facebook": "",
							"linkedin": "",
							"email": "efsilva@usp.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "09:00",
							"end_time": "10:00"
						}
					]
				},
				{
					"id_session": 548559,
					"title": "Gestão de commons goods pelas lentes de Elinor Ostrom.",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "13:00",
					"end_time": "14:00",
					"speakers": [
						{
							"id_speaker": 462117,
							"name": "Christian Frederico da Cunha Bundt",
							"photo": "https://images.even3.com.br/Zb403ZHxU9GJELhZReagGBhZeHE=/150x150/smart/even3.blob.core.windows.net/geral/BundtDiretorFinanceiroUniversidadeC-level2.ee21b0dcc5ad459dabfa.jpg",
							"designation": "Palestrante",
							"resume": "Administrador, Pró-reitor Acadêmico do Centro Universitário Santa Cruz de Curitiba, estudante do Programa de Pós-graduação em Tecnologia em Sociedade da UTFPR e membro do Núcleo Interdisciplinar de Pesquisa em Avaliação de Sustentabilidade (NIPAS/UTFPR).",
							"facebook": "https://www.facebook.com/christian.bundt",
							"linkedin": "https://www.linkedin.com/in/christianbundtcfo/",
							"email": "bundt@bundt.com.br",
							"lattes": "http://lattes.cnpq.br/8368585867301936",
							"twitter": "https://twitter.com/cbundt",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "13:00",
							"end_time": "14:00"
						}
					]
				},
				{
					"id_session": 548560,
					"title": "Aspectos Clínicos da Fotoproteção",
					"title_schedule": "Atividades",
					"venue": "Bloco B - Lab 102",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "13:00",
					"end_time": "14:00",
					"speakers": [
						{
							"id_speaker": 462121,
							"name": "Auriana Serra Vasconcelos Mallmann",
							"photo": "https://images.even3.com.br/bpOH-Be0Cmuv5GPegsvfPcwJ6GQ=/150x150/smart/even3.blob.core.windows.net/geral/servletrecuperafoto3.f27c64860076427b94ec.gif",
							"designation": "Palestrante",
							"resume": "Possui graduação em química pela Universidade Estadual do Ceará (2016) e Farmácia pela Universidade Federal do Ceará (2012) com habilitação em farmácia hospitalar. É especialista em Gestão da Saúde e Administração Hospitalar (2014), mestre (2015) e doutora (2019) em farmacologia pela Universidade Federal do Ceará, tendo atuado em pesquisas realizadas no laboratório de neuropsicofarmacologia do Núcleo de Pesquisa e Desenvolvimento de Novos Medicamentos. Atualmente, cursa MBA em Cosmetologia Clínica pelo icosmetologia. Atua em docência em saúde relacionada principalmente com os temas farmacologia, bioquímica e cosmetologia. É diretora em uma multinacional de cosméticos, com ênfase em liderança e ministrando treinamentos para equipe de vendas.",
							"facebook": "",
							"linkedin": "",
							"email": "aurianamk@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "13:00",
							"end_time": "14:00"
						}
					]
				},
				{
					"id_session": 548562,
					"title": "Atuação do Farmacêutico na Perícia Forense",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "08:00",
					"end_time": "09:00",
					"speakers": [
						{
							"id_speaker": 462164,
							"name": "Thayane Soares Lima",
							"photo": "https://graph.facebook.com/2164546046963114/picture?width=150&height=150",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "thayanelima67@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "08:00",
							"end_time": "09:00"
						}
					]
				},
				{
					"id_session": 550306,
					"title": "Introdução à Linguagem de Programação Kotlin",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 312",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "10:00",
					"end_time": "12:00",
					"speakers": [
						{
							"id_speaker": 462076,
							"name": "Vandermi João Silva",
							"photo": "https://images.even3.com.br/5EEFiDR5GD8Deq5NyCgBh4qiD-w=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at14.48.23.23f272e29fb44af68eb1.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "vardemi@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "10:00",
							"end_time": "12:00"
						}
					]
				},
				{
					"id_session": 550320,
					"title": "Os segredos para alcançar a liberdade financeira",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 204",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "11:00",
					"speakers": [
						{
							"id_speaker": 462079,
							"name": "Joel Castro do Nascimento",
							"photo": "https://images.even3.com.br/MZzHDvFDV_SGQR-6OATVIMoCdR0=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at14.05.50.fa11e90427fc4cf98c77.jpeg",
							"designation": "Palestrante",
							"resume": "Graduado em Engenharia de Produção\nMestre em Engenharia de Produção \nEspecialista em gestão de pessoas\nProfessor e coordenador do curso de Eng. de Produção do ICET\nEmpreendedor, Investidor e Educador Financeiro",
							"facebook": "",
							"linkedin": "",
							"email": "joelcastro@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "09:00",
							"end_time": "11:00"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "09:00",
							"end_time": "11:00"
						}
					]
				},
				{
					"id_session": 550337,
					"title": "Uso do Imagej",
					"title_schedule": "Atividades",
					"venue": "Bloco C - Laboratório 102 (NETGI)",
					"description": "O ImageJ é simples de usar, executa um conjunto alargado de manipulações na imagem e pode recorrer a centenas de macros e plugins, desenvolvidos por uma vasta e conhecedora comunidade de utilizadores, desde a nanotecnologia à astronomia, com foco central nas ciências da saúde",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "12:30",
					"end_time": "13:30",
					"speakers": [
						{
							"id_speaker": 462112,
							"name": "Wesley Zany dos Santos",
							"photo": "https://images.even3.com.br/t1K1raabq-rC-1CNBlRZcrSY2vA=/150x150/smart/even3.blob.core.windows.net/fotoperfil/Sight_2017_08_12_153611_2012_e.0a1fd5c3bbc44ffb8b85.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "wesley.zany@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "12:30",
							"end_time": "13:30"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "12:30",
							"end_time": "13:30"
						}
					]
				},
				{
					"id_session": 550357,
					"title": "O crescimento juvenil do gastrópode pomacea papvracea em laboratório",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 103",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "10:20",
					"end_time": "10:40",
					"speakers": [
						{
							"id_speaker": 462170,
							"name": "Gustavo Monteiro Rolim",
							"photo": "https://images.even3.com.br/I1IiFOcmKEIRBdRySaT6s7oSXNY=/150x150/smart/even3.blob.core.windows.net/geral/IMG_20221006_141205.860d848997eb490cb83e.jpg",
							"designation": "Palestrante",
							"resume": "Natural de Itacoatiara, sou estudante do curso de Ciências: Química e Biologia (3° período) possuindo grande interesse em Ciências Biológicas. Faço PIBIC sobre cultivo de Gastrópodes e assumi monitoria em Biologia celular.",
							"facebook": "",
							"linkedin": "",
							"email": "gusmontm@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "10:20",
							"end_time": "10:40"
						}
					]
				},
				{
					"id_session": 550365,
					"title": "GESTÃO EMPRESARIAL",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 212",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "10:00",
					"end_time": "11:00",
					"speakers": [
						{
							"id_speaker": 462176,
							"name": "Elisa Beatriz dos Santos Mendes",
							"photo": "https://images.even3.com.br/1oKR7r1bzxCwM6YWSomZsrXwwSE=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at15.56.36.b3c4a30abca4493f932e.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "elisa.beatriz@novomundo.com.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "10:00",
							"end_time": "11:00"
						}
					]
				},
				{
					"id_session": 550613,
					"title": "Questionário: da elaboração à apresentação",
					"title_schedule": "Atividades",
					"venue": "Bloco C - Laboratório 102 (NETGI)",
					"description": "Embora não seja obrigatório, é aconselhável que os participantes tragam seus notebooks",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "08:00",
					"end_time": "10:00",
					"speakers": [
						{
							"id_speaker": 461806,
							"name": "Antonio Ubiratan Raposo da Câmara Alencar",
							"photo": "https://images.even3.com.br/03EQMF_5EVvl-7WG4x6h7Z0pTAI=/150x150/smart/even3.blob.core.windows.net/geral/IMG_5705.373a6e08e4f54119be8b.JPG",
							"designation": "Palestrante",
							"resume": "Bacharel em Turismo (2000) pelo Centro Universitário Nilton Lins-CUNLL, Licenciado em Letras com habilitação em Língua Inglesa (2001) pela Universidade Federal do Amazonas-UFAM, Especialista em Metodologia do Ensino da Língua Inglesa (2007) e Mestre em Letras (2021) pela mesma instituição. Trabalhou como professor na Fundação Centro de Análise, Pesquisa e Inovação Tecnológica-FUCAPI, no Centro Universitário do Norte-UNINORTE, na Escola Superior Batista do Amazonas-ESBAM e na Universidade Federal do Amazonas-UFAM (2013-2014) como professor substituto. Também atuou como professor de inglês em escolas das redes pública e particular, bem como no projeto Centro de Ensino de Línguas-CEL da UFAM, primeiramente cumprindo estágio acadêmico, em seguida como seu coordenador pedagógico de língua inglesa. Atualmente é professor efetivo no Instituto de Ciências Exatas e Tecnologia-ICET da UFAM. Tem experiência na área de Letras, com ênfase em Língua Inglesa, Inglês para Fins Específicos, Leitura e Literatura.",
							"facebook": "",
							"linkedin": "",
							"email": "profantonioalencar@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "08:00",
							"end_time": "10:00"
						},
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "18:00",
							"end_time": "20:00"
						}
					]
				},
				{
					"id_session": 550613,
					"title": "Questionário: da elaboração à apresentação",
					"title_schedule": "Atividades",
					"venue": "Bloco C - Laboratório 102 (NETGI)",
					"description": "Embora não seja obrigatório, é aconselhável que os participantes tragam seus notebooks",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "18:00",
					"end_time": "20:00",
					"speakers": [
						{
							"id_speaker": 461806,
							"name": "Antonio Ubiratan Raposo da Câmara Alencar",
							"photo": "https://images.even3.com.br/03EQMF_5EVvl-7WG4x6h7Z0pTAI=/150x150/smart/even3.blob.core.windows.net/geral/IMG_5705.373a6e08e4f54119be8b.JPG",
							"designation": "Palestrante",
							"resume": "Bacharel em Turismo (2000) pelo Centro Universitário Nilton Lins-CUNLL, Licenciado em Letras com habilitação em Língua Inglesa (2001) pela Universidade Federal do Amazonas-UFAM, Especialista em Metodologia do Ensino da Língua Inglesa (2007) e Mestre em Letras (2021) pela mesma instituição. Trabalhou como professor na Fundação Centro de Análise, Pesquisa e Inovação Tecnológica-FUCAPI, no Centro Universitário do Norte-UNINORTE, na Escola Superior Batista do Amazonas-ESBAM e na Universidade Federal do Amazonas-UFAM (2013-2014) como professor substituto. Também atuou como professor de inglês em escolas das redes pública e particular, bem como no projeto Centro de Ensino de Línguas-CEL da UFAM, primeiramente cumprindo estágio acadêmico, em seguida como seu coordenador pedagógico de língua inglesa. Atualmente é professor efetivo no Instituto de Ciências Exatas e Tecnologia-ICET da UFAM. Tem experiência na área de Letras, com ênfase em Língua Inglesa, Inglês para Fins Específicos, Leitura e Literatura.",
							"facebook": "",
							"linkedin": "",
							"email": "profantonioalencar@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "08:00",
							"end_time": "10:00"
						},
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "18:00",
							"end_time": "20:00"
						}
					]
				},
				{
					"id_session": 550622,
					"title": "Xadrez como ferramenta pedagógica",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "11:00",
					"end_time": "12:00",
					"speakers": [
						{
							"id_speaker": 462108,
							"name": "Carlos Heli Louzada Brandão",
							"photo": "https://images.even3.com.br/KRIh67yz4IYdjE1m-afdhV0ILsI=/150x150/smart/even3.blob.core.windows.net/geral/20210915_191538.32f86b828e3244938d40.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "https://www.linkedin.com/in/carlos-heli-louzada-brand%C3%A3o-26074a216",
							"email": "carlosheli@portalsistemax.com.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "11:00",
							"end_time": "12:00"
						}
					]
				},
				{
					"id_session": 550635,
					"title": "Algoritmos bioinspirados: onde a admiração pela natureza vira inteligência artificial",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 107",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "13:00",
					"end_time": "14:00",
					"speakers": [
						{
							"id_speaker": 462114,
							"name": "Javier Ropero Peláez",
							"photo": "https://images.even3.com.br/Hhe-d55DEgSnvtuRg6KvuYHhJUA=/150x150/smart/even3.blob.core.windows.net/geral/FranciscoJavierRoperoPelaez.f36f6019998c4960a6b0.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "francisco.pelaez@ufabc.edu.br",
							"lattes": "http://lattes.cnpq.br/3607685831418378",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "13:00",
							"end_time": "14:00"
						}
					]
				},
				{
					"id_session": 550680,
					"title": "Conheça seu conselho: 50 anos do CRA - AM no amazonas",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 205",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "19:00",
					"end_time": "21:00",
					"speakers": [
						{
							"id_speaker": 463439,
							"name": "Nelson Aniceto",
							"photo": "https://ui-avatars.com/api/?background=45789C&color=fff&rounded=true&name=Nelson Acieto",
							"designation": null,
							"resume": null,
							"facebook": null,
							"linkedin": null,
							"email": null,
							"lattes": null,
							"twitter": null,
							"site": null
						},
						{
							"id_speaker": 462091,
							"name": "Marusca Wisler",
							"photo": "https://images.even3.com.br/R5VRCXx_JvYsMs69sDHgKoLbNWs=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at16.50.31.afdb51bbec00464795f4.jpeg",
							"designation": "Palestrante",
							"resume": "Graduada em administração,Especialista em GP, RH e Docência, Mestra em Ensino, coordenadora de cursos da Faculdade Senac - MBI e representante do CRA-AM em Itacoatiara.",
							"facebook": "",
							"linkedin": "",
							"email": "marusca.wisler@am.senac.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "19:00",
							"end_time": "21:00"
						}
					]
				},
				{
					"id_session": 550902,
					"title": "Turma 3 -  Diálogos para Professores: O Novo Ensino Médio e a Universidade",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 206",
					"description": "Minicurso: Ciências da Natureza, Química, Física e Biologia.",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "11:00",
					"speakers": [
						{
							"id_speaker": 462192,
							"name": "Eliane Batista de Lima Freitas",
							"photo": "https://images.even3.com.br/6y0vtRMlqqW87l2HdlvRY0XPMW4=/150x150/smart/even3.blob.core.windows.net/fotoperfil/FaceApp_1608605466669.688cdb1c190f49e0b8f4.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "elianefreitas@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "09:00",
							"end_time": "11:00"
						},
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "15:00",
							"end_time": "18:00"
						}
					]
				},
				{
					"id_session": 550902,
					"title": "Turma 3 -  Diálogos para Professores: O Novo Ensino Médio e a Universidade",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 206",
					"description": "Minicurso: Ciências da Natureza, Química, Física e Biologia.",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "15:00",
					"end_time": "18:00",
					"speakers": [
						{
							"id_speaker": 462192,
							"name": "Eliane Batista de Lima Freitas",
							"photo": "https://images.even3.com.br/6y0vtRMlqqW87l2HdlvRY0XPMW4=/150x150/smart/even3.blob.core.windows.net/fotoperfil/FaceApp_1608605466669.688cdb1c190f49e0b8f4.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "elianefreitas@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "09:00",
							"end_time": "11:00"
						},
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "15:00",
							"end_time": "18:00"
						}
					]
				},
				{
					"id_session": 551264,
					"title": "Educação Financeira",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 205",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 462138,
							"name": "James Roberto Chaves de Araújo",
							"photo": "https://images.even3.com.br/ltg6RtjCSua_67VUjctEEAotfFA=/150x150/smart/even3.blob.core.windows.net/geral/servletrecuperafoto4.f3bdab12bd3b48bfb4af.gif",
							"designation": null,
							"resume": "Possui graduação em Ciências Econômicas pela Faculdade de Economia, Finanças e Administração de São Paulo(1990), especialização em Engenharia Econômica e Organização Industrial pela Universidade do Estado do Rio de Janeiro(1993) e mestrado em Desenvolvimento Regional pela Universidade Federal do Amazonas(2008). Atualmente é professor titular da Universidade Federal do Amazonas.",
							"facebook": "",
							"linkedin": "",
							"email": "jamesrca@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 551297,
					"title": "Da poeira a poeira: a origem das estruturas cósmicas",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 205",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "17:00",
					"end_time": "18:00",
					"speakers": [
						{
							"id_speaker": 462158,
							"name": "Silvina Paola Gómez Martínez",
							"photo": "https://images.even3.com.br/m_iXV-AYSeYjEs7mJGsvC-TzG-M=/150x150/smart/even3.blob.core.windows.net/fotoperfil/IMG_20210512_081916_134.402b178164b24adb84ea.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "sgomezm@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "17:00",
							"end_time": "18:00"
						}
					]
				},
				{
					"id_session": 552024,
					"title": "Composição química e atividade anticolinesterásica dos óleos essenciais das cascas de Citrus s",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 202",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "16:20",
					"end_time": "16:40",
					"speakers": [],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "16:20",
							"end_time": "16:40"
						}
					]
				},
				{
					"id_session": 552028,
					"title": "Universidade e Mercado de Trabalho : Caso MDX Engenharia",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "16:00",
					"end_time": "17:00",
					"speakers": [
						{
							"id_speaker": 462146,
							"name": "ANDRE LUIS SILVA BERNARDO",
							"photo": "https://images.even3.com.br/XWhN3YEyvdiLmIMZdqziduwu0eE=/150x150/smart/even3.blob.core.windows.net/geral/Eng.Andr-16.995afa43249e4d9b8a7c.jpg",
							"designation": "Sócio-diretor na MDX Engenharia",
							"resume": "Engenheiro civil formado na UFPA, Pós graduado em Estruturas e Fundações pelo IPOG e Mestrando em Estruturas (UFPA). Empresário desde 2018 através da MDX Engenharia onde ocupa a posição de Sócio-diretor.",
							"facebook": "",
							"linkedin": "https://www.linkedin.com/in/andr%C3%A9-bernardo-251271144/",
							"email": "eng.andrebernardo@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "16:00",
							"end_time": "17:00"
						}
					]
				},
				{
					"id_session": 552042,
					"title": "Atuação do Farmacêutico na Farmácia Estética",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "17:00",
					"end_time": "18:00",
					"speakers": [
						{
							"id_speaker": 462161,
							"name": "Emiliano Ricardo Vasconcelos Rios",
							"photo": "https://images.even3.com.br/JGzQhih04K_1qnYD39l6rxdsTgM=/150x150/smart/even3.blob.core.windows.net/geral/IMG-20221013-WA0035.c54fafabd8b2405d90f1.jpg",
							"designation": "Palestrante",
							"resume": "Farmacêutico Esteta, Especialista em Estética e Cosmetologia, Especialista em Farmácia Estética, Mestre, Doutor e Pós-Doutor em Farmacologia.",
							"facebook": "",
							"linkedin": "https://www.linkedin.com/in/emilianorvrios",
							"email": "emiliano.vasconcelos@gmail.com",
							"lattes": "https://wwws.cnpq.br/cvlattesweb/PKG_MENU.menu?f_cod=1CCBB1EF79E4AA2E6D9CB2E55053C571#",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "17:00",
							"end_time": "18:00"
						}
					]
				},
				{
					"id_session": 552050,
					"title": "Como investir hoje e planejar o futuro?",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 107",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "16:00",
					"end_time": "17:00",
					"speakers": [
						{
							"id_speaker": 462174,
							"name": "Renilson Félix dos Santos",
							"photo": "https://images.even3.com.br/bLIZIFvE1GFh3FRK7kYfgrXW0B8=/150x150/smart/even3.blob.core.windows.net/geral/renilson.8e4e5a9cd3c540fcbdea.jpeg",
							"designation": "Palestrante",
							"resume": "Bancário ,  15 anos de experiência na vida profissional como gerente de relacionamento,  administrador,  empresário, possui graduação em administração de empresa pela Universidade Anhanguera,  possui MBA EM GESTAO FINANCEIRA.",
							"facebook": "",
							"linkedin": "linkedin.com/in/renilsonfélix",
							"email": "renilsonfelix@yahoo.com.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "16:00",
							"end_time": "17:00"
						}
					]
				},
				{
					"id_session": 552054,
					"title": "Desenvolvimento de projetos academicos conectados com mercado.",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "15:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 465126,
							"name": "Francisco Felinto da Junior",
							"photo": "https://images.even3.com.br/BUxL292AtlqA8acMe2UVTxTXUG0=/150x150/smart/even3.blob.core.windows.net/geral/felinto.3f8f69c4e0b24dd9b6fa.jpeg",
							"designation": "NFE Hub de Inovação",
							"resume": "Francisco Felinto\nHead dos times de Aprendizagem, Marketing e Inovação na NFe.io, coordenador do curso superior em Desenvolvimento de Software Multiplataforma na Fatec Osasco, Fundador das Descodificadas e vice-presidente do Instituto Arte das Nações. Foi fndador da Barth Desenvolvimentos (2006-16).\nDoutorando no programa TIDD na PUC-SP, mestre em Tecnologia da Informação Aplicada, Especialista em Gestão da Informação com ênfase em BI. Tem experiência como Diretor da Fatec Osasco (2018-22), e atuou nas empresas Serasa Experian, Elo Group com projetos na B3, Alelo, Aes Eletropaulo.",
							"facebook": "https://www.facebook.com/francisco.j.felinto",
							"linkedin": "https://www.linkedin.com/m/in/franciscofelinto",
							"email": "francisco.felinto@nfe.io",
							"lattes": "http://lattes.cnpq.br/7097111966130191",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "15:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 552057,
					"title": "Inovação, Empreendedorismo e Modelos de Startups",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 312",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "16:00",
					"end_time": "17:00",
					"speakers": [
						{
							"id_speaker": 464960,
							"name": "Fabíola da Conceição Almeida",
							"photo": "https://images.even3.com.br/fo2Yn5mtEGXEL0IMB3ek-69hdlQ=/150x150/smart/even3.blob.core.windows.net/geral/fabiiola.e1d97e915777403d8b34.jpeg",
							"designation": "FOODTECH AMAZÔNIA",
							"resume": "Administradora e Coolhunter apaixona por inovação e empreendedorismo, com mais de quinze anos de experiencia, atua como agente de transformação de negócios inovadores e startups para o mercado global. Apaixonada por tecnologia e com visão futurista atuou no mercado da construção civil com foco em Sustentabilidade e Smart Energy, coordenou programas de aceleração e venture capital para startups e principalmente é uma incentivadora de mulheres na tecnologia.\nRecentemente aceitou o desafio do Empreendedorismo como Co-founder e COO do Amazon Tech Hub, para acelerar o desenvolvimento tecnomercadológico dos Sistemas Alimentares da Amazônia, visando a alimentação do futuro.",
							"facebook": "",
							"linkedin": "http://www.linkedin.com/in/fabiolaalmeida-inovacao",
							"email": "almeida_fabiola@icloud.com",
							"lattes": "http://lattes.cnpq.br/7860895374426746",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "16:00",
							"end_time": "17:00"
						}
					]
				},
				{
					"id_session": 554095,
					"title": "Introdução ao Figma: os primeiros passos na prototipação de telas.",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "19:00",
					"end_time": "20:00",
					"speakers": [
						{
							"id_speaker": 466620,
							"name": "Victor Gabriel M. de Araújo",
							"photo": "https://images.even3.com.br/hZcxc1ibgS3Ck2Lcej43IEV74G8=/150x150/smart/even3.blob.core.windows.net/geral/IMG-20191202-WA0026-01.9626383a7e1f433b856a.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": "Técnico em Informática- IFAM - Campus Itacoatiara\nGraduando em Engenharia de Software UFAM/ICET",
							"facebook": "",
							"linkedin": "",
							"email": "vicvicaraujo16@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 466068,
							"name": "Glauber Patrik Brito de Souza",
							"photo": "https://images.even3.com.br/psnugD67mqY-q0q3KHpSyVA-4jQ=/150x150/smart/even3.blob.core.windows.net/geral/Glauber.43f9430527c84a6d9e3b.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": "Cursando Engenharia de Software na Universidade Federal do Estado do Amazonas pelo Campus ICET e Técnico em Informática pelo Instituto Federal IFAM Campus Parintins.",
							"facebook": "",
							"linkedin": "https://www.linkedin.com/in/glauber-patrik-ba44a9231",
							"email": "iamlordwest@gmail.com",
							"lattes": "",
							"twitter": "https://www.twitter.com/glauberziiinho",
							"site": ""
						},
						{
							"id_speaker": 466619,
							"name": "Felipe Maklouf Coelho",
							"photo": "https://images.even3.com.br/SQlgANQhk8KBRr3CpsspwZDtDMA=/150x150/smart/even3.blob.core.windows.net/geral/FelipeMakloufCoelho.62dd656055c7463fa397.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": "Técnico em Informática pela Fundação Matias Machline.\nUniversitário de Eng de Software pela Universidade Federal do Amazonas\nTenho experiências com UX e UI, ilustrações, Animações, Desenvolvimento Front End.",
							"facebook": "",
							"linkedin": "",
							"email": "felipemakloufc@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "19:00",
							"end_time": "20:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "19:00",
							"end_time": "20:00"
						},
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "19:00",
							"end_time": "20:00"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "19:00",
							"end_time": "20:00"
						}
					]
				},
				{
					"id_session": 554379,
					"title": "Lógica de Programação: Conceitos Básicos para Iniciantes",
					"title_schedule": "Atividades",
					"venue": "Bloco C - Laboratório 102 (NETGI)",
					"description": "Demonstração de lógica e conceitos básicos de programação através da linguagem Python.",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "17:00",
					"end_time": "19:00",
					"speakers": [
						{
							"id_speaker": 466394,
							"name": "Conceição Neves Silva",
							"photo": "https://images.even3.com.br/Vk-KkchIKgThCBXtyrnpovtSjHE=/150x150/smart/even3.blob.core.windows.net/geral/Conceio.3d30cc367fb24affba96.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "neves.conce@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 466398,
							"name": "Cheila Marques Monteiro",
							"photo": "https://images.even3.com.br/hFUwsLDotKCR1mwSgAUxdKC_EAU=/150x150/smart/even3.blob.core.windows.net/geral/Screenshot_20221018-212549.a84512176e354936a9bc.png",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": "Sou estudante do curso de Engenharia de Software, 6 período,  fiz curso de desenvolvimento de software pela fucapi e técnico em informática pelo Ifam. Tenho 22 anos e sou itacoatiarense.",
							"facebook": "",
							"linkedin": "",
							"email": "cheilammonteiro@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "17:00",
							"end_time": "19:00"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "17:00",
							"end_time": "19:00"
						}
					]
				},
				{
					"id_session": 554928,
					"title": "Preparo de Produtos Agroecológicos para Controle de Pragas",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 208",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "08:00",
					"end_time": "12:00",
					"speakers": [
						{
							"id_speaker": 466796,
							"name": "Prof. Dr. Geraldo José Nascimento de Vasconcelos",
							"photo": "https://images.even3.com.br/6acIF5wPWnst5lq-fe79c7mmwOU=/150x150/smart/even3.blob.core.windows.net/geral/Prof.Dr.GeraldoJosNascimentodeVasconcelos.c5ab4a5ab94f40e48a71.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "gjnvasconcelos@yahoo.com.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 466803,
							"name": "Eng. Agrônomo Esmael Cunha Pinheiro",
							"photo": "https://images.even3.com.br/45opRAl8Ec6jHwYbnCWbf6ud-18=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-19at3.28.05PM.b1be9108bf4e4413aa0b.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "esmael.cunha@gmail.com",
							"lattes": "http://lattes.cnpq.br/9303387451599909",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 466801,
							"name": "Dra. Gilcélia Melo Lourido",
							"photo": "https://images.even3.com.br/EKcoq0HxEJJUYAXL7HwKLyp0AMs=/150x150/smart/even3.blob.core.windows.net/geral/Dra.GilcliaMeloLourido.15c76f43ef554abda8f0.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": "Engenheira agrônoma pela Universidade Federal do Amazonas, mestre e doutora em Ciências Biológicas (Entomologia) pelo Instituto Nacional de Pesquisas da Amazônia - INPA. Professora colaboradora no curso superior Tecnologia em Alimentos da Universidade do Estado do Amazonas - UEA. Professora colaboradora no curso de Pós-Graduação em Entomologia do INPA. Atualmente é bolsista PROSPAM/FAPEAM/ICET/UFAM.",
							"facebook": "",
							"linkedin": "",
							"email": "gilourido@yahoo.com.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "08:00",
							"end_time": "12:00"
						}
					]
				},
				{
					"id_session": 555635,
					"title": "Formei, e agora? O que preciso para ingressar no mercado de trabalho?",
					"title_schedule": "Atividades",
					"venue": "Bloco C - Laboratório 102 (NETGI)",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "10:00",
					"end_time": "11:00",
					"speakers": [
						{
							"id_speaker": 467498,
							"name": "Laís da Fonseca Viana",
							"photo": "https://images.even3.com.br/I6rgXzuwWJCqfn3XRley5kbU4Os=/150x150/smart/even3.blob.core.windows.net/geral/Laisdafonseca.d39c7dc3958c476e9b0f.jpeg",
							"designation": "Engenheira Civil",
							"resume": "Engenheira Civil, com especialização em segurança do trabalho, docência do ensino superior, auditoria, controladoria, e saúde publica.",
							"facebook": "",
							"linkedin": "",
							"email": "laisviana.engcivil@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "10:00",
							"end_time": "11:00"
						}
					]
				},
				{
					"id_session": 555702,
					"title": "Questões ambientais no contexto da Pós Pandemia",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 312",
					"description": " ",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "18:00",
					"end_time": "19:00",
					"speakers": [
						{
							"id_speaker": 467549,
							"name": "Gilbrando Medeiros Trajano Junior",
							"photo": "https://images.even3.com.br/AMJmSo8BO2axqUUXze2E8nQu4cI=/150x150/smart/even3.blob.core.windows.net/geral/Gilbrando.72f5aaabd9e64f3cb26c.jpeg",
							"designation": null,
							"resume": "Graduado em Ciências e Tecnologia pela UFRN, com graduação sanduíche em engenharia civil pela “Arizona State University”, Engenheiro Ambiental e Mestre em Engenharia Sanitária e Ambiental pela UFRN. Já foi conselheiro e vice-presidente do Conselho Regional de Engenharia e Agronomia do Rio Grande do Norte. Atuou nas área de planejamento, Saneamento Básico, Licenciamento ambiental e afins. Atualmente, é coordenador na Companhia de Habitação e Desenvolvimento Urbano do RN.",
							"facebook": "",
							"linkedin": "",
							"email": "gilbrandojr@hotmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "18:00",
							"end_time": "19:00"
						}
					]
				},
				{
					"id_session": 555731,
					"title": "Moysés Israel: a história de um judeu da Amazônia",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 208",
					"description": "A palestra trata da migração israelita para Amazônia e da história de vida do empresário Moysés Benarrós Israel, suas ações em prol do desenvolvimento do estado do Amazonas, da Amazônia e da Soberania Nacional.",
					"tags": null,
					"date": "26/10/2022",
					"date_UTC": "2022-10-26T00:00:00.0000000",
					"start_time": "19:00",
					"end_time": "20:00",
					"speakers": [
						{
							"id_speaker": 463982,
							"name": "Ednilce Mendes",
							"photo": "https://graph.facebook.com/3658349387545618/picture?width=150&height=150",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "mendes.eclinde@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 468173,
							"name": "Llyssandra Bueno de Oliveira",
							"photo": "https://images.even3.com.br/MIL0YB1c-yIajtxFCkMNViyQzRY=/150x150/smart/even3.blob.core.windows.net/geral/Llyssandra.e3164e35f4034386a07d.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "lyssandrabueno13@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "19:00",
							"end_time": "20:00"
						}
					]
				}
			]
		},
		{
			"id_schedule": "27102022",
			"date": "2022-10-27T00:00:00.0000000",
			"day": "quinta-feira",
			"sessions": [
				{
					"id_session": 548412,
					"title": "Sistema Eletrônico de Informações (SEI)",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 107",
					"description": "Este curso é voltado aos servidores do ICET e apresentará as principais funcionalidades do Sistema Eletrônico de Informações (SEI), utilizado na Universidade Federal do Amazonas para aprimorar a gestão documental e facilitar o acesso de servidores e cidadãos às informações institucionais.",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "08:00",
					"end_time": "10:00",
					"speakers": [
						{
							"id_speaker": 461666,
							"name": "Elian Cristian dos Reis Martins",
							"photo": "https://images.even3.com.br/3Vf09MUqQDgz_yc4oMvoVsdSR1g=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at00.27.20.71e69806abe5469ea556.jpeg",
							"designation": "Palestrante",
							"resume": "Bacharel em Engenharia de Software pela Universidade Federal do Amazonas. Desde 2020 atua como assistente em administração no Instituto de Ciências Exatas e Tecnologia, onde atualmente exerce a função de Gerente de Recursos Humanos.",
							"facebook": "",
							"linkedin": "",
							"email": "eliancristian@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 461673,
							"name": "Reinaldo Monteverde Soares",
							"photo": "https://images.even3.com.br/D_KzuLMKtE3tq2e72kbIwn4Ea6I=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at00.26.24.158b872c1e024af48b0b.jpeg",
							"designation": "Palestrante",
							"resume": "Possui MBA em Gestão de Pessoas pela Universidade do Estado do Amazonas UEA, (2021). Possui graduação em Administração de Empresas pela Universidade Paulista - UNIP (2018), também é graduado em Gestão Pública pela Universidade Anhanguera - UNIDERP ( 2019), possui experiência em licitações públicas e logística, atualmente é servidor público federal no instituto de ciências exatas e tecnologia ICET-UFAM, prestando assistencia na coordenação de cursos e coordenação administrativa do instituto.",
							"facebook": "",
							"linkedin": "",
							"email": "reinaldo.monteverde@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "08:00",
							"end_time": "10:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "08:00",
							"end_time": "10:00"
						},
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "08:00",
							"end_time": "10:00"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "08:00",
							"end_time": "10:00"
						}
					]
				},
				{
					"id_session": 548486,
					"title": "Oficina de saponização: meio ambiente e Química orgânica no ensino médio",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 209",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "12:00",
					"speakers": [
						{
							"id_speaker": 461960,
							"name": "Dominique Fernandes de Moura do Carmo",
							"photo": "https://images.even3.com.br/aaFvrDdvwK75mqC2Sp3dQVGObxM=/150x150/smart/even3.blob.core.windows.net/geral/servletrecuperafoto2.1504734feb34464fb02b.gif",
							"designation": "Palestrante",
							"resume": "Possui graduação em Licenciatura e Bacharelado em Química pela Universidade Federal do Amazonas (2005), mestrado em química de produtos naturais e doutorado na mesma área. Realizou uma parte do doutorado na Universidade Nova de Lisboa, no Instituto de Higiene e Medicina Tropical - IHMT, onde desenvolveu experimentos in vitro de citotoxicidade frente as células hepáticas HepG2 e avaliação antimalárica frente ao Plasmodium berghei e Plasmodium falciparum, além da realização dos ensaios in vivo frente ao P. berghei. É professora adjunta da Universidade Federal do Amazonas - ICET/UFAM, onde orienta alunos de graduação na área de Química dos Produtos Naturais, atuando principalmente nos seguintes temas: óleos essenciais, antranóides, cumarinas, triterpenos, atividade larvicia, acaricida, inseticida e antioxidante. Executa projetos de extensão na área de Ensino de Química e está credenciada no Programa de Pós-graduação em Ciência e Tecnologia para Recursos Amazônicos (PPGCTRA).",
							"facebook": "",
							"linkedin": "",
							"email": "dominiquefmc@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 461995,
							"name": "Paula Karen da Silva Ramos",
							"photo": "https://ui-avatars.com/api/?background=45789C&color=fff&rounded=true&name=Paula Karen da Silva Ramos",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "pksr.rob@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462003,
							"name": "Gicele Ferreira Doval",
							"photo": "https://images.even3.com.br/4YBlOeHmS9J25adqXter5CnDeFQ=/150x150/smart/even3.blob.core.windows.net/geral/Screenshot_20221008-233742_WhatsApp.f31882589e7a4d2eb72a.jpg",
							"designation": "Palestrante",
							"resume": "Discente do 6° período do curso de Farmácia do ICET, natural de Novo Aripuanã-AM. Funcionária pública da SES (Secretaria Estadual de Saúde), exerce sua função no Hospital Regional Jose Mendes, em Itacoatiara, atuando na farmácia central da unidade.",
							"facebook": "",
							"linkedin": "",
							"email": "gicely.doval@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462004,
							"name": "Vitor Hugo Neves da Silva",
							"photo": "https://ui-avatars.com/api/?background=45789C&color=fff&rounded=true&name=Vitor Hugo Neves da Silva",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "hugor_ns@hotmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "09:00",
							"end_time": "12:00"
						}
					]
				},
				{
					"id_session": 548561,
					"title": "Feminicídio: Como se proteger da violência física",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 103",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "10:00",
					"speakers": [
						{
							"id_speaker": 462486,
							"name": "Tenente Viviane",
							"photo": "https://images.even3.com.br/CUtxfTjDQfz8cBQHX_Jg8M8iOkY=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at13.30.20.17f4aa4c852546feb4b1.jpeg",
							"designation": null,
							"resume": null,
							"facebook": null,
							"linkedin": null,
							"email": null,
							"lattes": null,
							"twitter": null,
							"site": null
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "09:00",
							"end_time": "10:00"
						}
					]
				},
				{
					"id_session": 548563,
					"title": "Projeto de Produto sob a visão do tripé da sustentabilidade  no FEI",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "17:00",
					"end_time": "18:00",
					"speakers": [
						{
							"id_speaker": 462186,
							"name": "Paola Andrea de Antônio Boada",
							"photo": "https://images.even3.com.br/j_Akb2u66cHs094FqCQHbTZFJ7g=/150x150/smart/even3.blob.core.windows.net/geral/paolafotoub.a880e8c3bddf4c9ba318.jpg",
							"designation": "Palestrante",
							"resume": "Engenheira  Industrial pela Universidade de Santander- UDES \n Colômbia (2012).  Mestrado em Engenharia Mecânica na área de Manufatura da UFSC (2015). Possui experiência na área de Engenharia de Produção, gestão de operações e sistemas de gestão da qualidade, bem como na aplicação de ferramentas de produção enxuta e produção mais limpa. Professor em tempo integral da Universidade Autônoma de Bucaramanga na Colômbia. Atualmente, está fazendo Doutorado em Engenharia Mecânica na área de manufatura, na linha de produtos e processos sustentaveis   da  Universidade Federal de Santa Catarina -UFSC.",
							"facebook": "",
							"linkedin": "https://www.linkedin.com/in/paola-andrea-de-antonio-boada-037194156/",
							"email": "deantonioboada@gmail.com",
							"lattes": "http://lattes.cnpq.br/8818143715215820",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "17:00",
							"end_time": "18:00"
						}
					]
				},
				{
					"id_session": 548564,
					"title": "Importância dos fatores Pré - Analíticos nos Exames Laboratoriais",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "15:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 462177,
							"name": "Mac Dionys Rodrigues da Costa",
							"photo": "https://images.even3.com.br/8GRuxBKZf8MdoAopSSnCJORLYTo=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-14at11.48.53.154668dd9b5c40f997ac.jpeg",
							"designation": "Palestrante",
							"resume": "Farmacêutico formado pela Universidade Federal do Ceará (UFC), atualmente está como Mestrando do Programa de Pós-graduação em Ciências Farmacêuticas da UFC, na linha de pesquisa Farmácia Clínica.",
							"facebook": "",
							"linkedin": "",
							"email": "macdionys@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "15:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 548565,
					"title": "Vida dos Motociclista e MotoMotoclubes",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 207",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "19:00",
					"end_time": "20:00",
					"speakers": [
						{
							"id_speaker": 462190,
							"name": "Jorge Rodrigues dos Santos",
							"photo": "https://graph.facebook.com/1981805708544603/picture?width=150&height=150",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "jorge_ita@hotmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "19:00",
							"end_time": "20:00"
						}
					]
				},
				{
					"id_session": 548567,
					"title": "Os Desafios de Implantação da Franquia Cacau Show em Itacoatiara",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 202",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "15:00",
					"speakers": [
						{
							"id_speaker": 463445,
							"name": "Eline dos Santos",
							"photo": "https://images.even3.com.br/HX6vW6_5FnHPoBPaFN77amzIViE=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-15at20.45.20.ab5cfbd680254ec29b90.jpeg",
							"designation": null,
							"resume": null,
							"facebook": null,
							"linkedin": null,
							"email": null,
							"lattes": null,
							"twitter": null,
							"site": null
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "14:00",
							"end_time": "15:00"
						}
					]
				},
				{
					"id_session": 548568,
					"title": "Desenvolvimento de materiais a partir de resíduos agroindustriais da Amazônia",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 107",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "10:00",
					"end_time": "11:00",
					"speakers": [
						{
							"id_speaker": 462160,
							"name": "Gabrielle Machado dos Santos",
							"photo": "https://images.even3.com.br/OnpGreJBp0mQ9dEv2A6ftd0YaAc=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at16.34.27.e04566608246469cbeaa.jpeg",
							"designation": "Palestrante",
							"resume": "Engenheira de materiais pela UFAM, mestre em Ciência e Engenharia de Materiais UFAM, doutoranda em ciência e Engenharia de Materiais pela USP",
							"facebook": "",
							"linkedin": "",
							"email": "gabrielle_santos@usp.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "10:00",
							"end_time": "11:00"
						}
					]
				},
				{
					"id_session": 548569,
					"title": "Modelo de gestão e empreendedorismo: Case de Sucesso Cozinha Ray",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 202",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "10:00",
					"speakers": [
						{
							"id_speaker": 462127,
							"name": "Artemis da Costa miquiles",
							"photo": "https://images.even3.com.br/LZoUfTU7wXTWc9wHZo86WrYHL2g=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at13.15.36.3451a9d1ed154574969a.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "artemis.miquiles@hotmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "09:00",
							"end_time": "10:00"
						}
					]
				},
				{
					"id_session": 548570,
					"title": "Aplicação de fotoprotetor foliar como estratégia para mitigação de estresses abióticos",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "08:00",
					"end_time": "09:00",
					"speakers": [
						{
							"id_speaker": 462485,
							"name": "Martiliana Mayani Freire",
							"photo": "https://images.even3.com.br/mOGE8m_BoNfKwd2QRjzGt-l6d_8=/150x150/smart/even3.blob.core.windows.net/geral/servletrecuperafoto6.b466ee698bb34586ab59.gif",
							"designation": null,
							"resume": "Doutoranda em Engenharia de Sistemas Agrícolas pela Escola Superior de Agricultura \"Luiz de Queiroz\" -ESALQ/USP. Graduada em Tecnologia em Gestão Ambiental pelo Instituto Federal de Educação, Ciência e Tecnologia do Rio Grande do Norte (2012), Bacharel em Agronomia pela Universidade Federal do Rio Grande do Norte (2016),.Mestre em Engenharia Agrícola pela Universidade Federal Rural de Pernambuco (2020). Na graduação, foi bolsista CAPES do programa de mobilidade internacional de estudantes de graduação Brasil-França Agricultura - BRAFAGRI (2014/2015), onde cursou graduação sanduíche em Agronomia no Institut national supérieur des sciences agronomiques, de lalimentation et de lenvironnement - AgroSup, Universtité de Bourgogne em Dijon - França. Estagiou na Universidade Francesa Agrosup Dijon, no período de março a junho de 2015. Participou do Grupo de Estudos em solos - GESOLO na UFRN. Estagiou no Departamento de Engenharia de Biossistemas na Escola Superior de Agricultura \"Luiz de Queiroz\" - ESALQ/USP. Tem experiência na área de Agronomia, com ênfase em controle cultural de plantas daninhas, resíduos orgânicos e cultivo de rúcula, e Gestão Ambiental, atuando principalmente nos seguintes temas: barômetro de sustentabilidade, desenvolvimento sustentável.",
							"facebook": null,
							"linkedin": null,
							"email": null,
							"lattes": null,
							"twitter": null,
							"site": null
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "08:00",
							"end_time": "09:00"
						}
					]
				},
				{
					"id_session": 548571,
					"title": "A MCDONALDIZAÇÃO DA SOCIEDADE",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 312",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "11:00",
					"speakers": [
						{
							"id_speaker": 462130,
							"name": "Sandra Regina Giraldelli Ulrich",
							"photo": "https://images.even3.com.br/rqZqDmdepL6jlAxpsyPQwBX2WXQ=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at15.24.33.686460543a2f4b909390.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "srgulrich@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "09:00",
							"end_time": "11:00"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 548571,
					"title": "A MCDONALDIZAÇÃO DA SOCIEDADE",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratório 312",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 462130,
							"name": "Sandra Regina Giraldelli Ulrich",
							"photo": "https://images.even3.com.br/rqZqDmdepL6jlAxpsyPQwBX2WXQ=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at15.24.33.686460543a2f4b909390.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "srgulrich@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "09:00",
							"end_time": "11:00"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 548572,
					"title": "Cidades Inteligentes",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 208",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "19:00",
					"end_time": "21:00",
					"speakers": [
						{
							"id_speaker": 462489,
							"name": "Inacio Guedes",
							"photo": "https://images.even3.com.br/AZOjMgCGvj4P6Ayd6kCC6RViVcw=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at15.29.43.830a2623698d4f03b779.jpeg",
							"designation": null,
							"resume": null,
							"facebook": null,
							"linkedin": null,
							"email": null,
							"lattes": null,
							"twitter": null,
							"site": null
						},
						{
							"id_speaker": 463449,
							"name": "Alice Borges de Araújo",
							"photo": "https://ui-avatars.com/api/?background=45789C&color=fff&rounded=true&name=Alice Borges de Araújo",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "borgesalice935@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462091,
							"name": "Marusca Wisler",
							"photo": "https://images.even3.com.br/R5VRCXx_JvYsMs69sDHgKoLbNWs=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at16.50.31.afdb51bbec00464795f4.jpeg",
							"designation": "Palestrante",
							"resume": "Graduada em administração,Especialista em GP, RH e Docência, Mestra em Ensino, coordenadora de cursos da Faculdade Senac - MBI e representante do CRA-AM em Itacoatiara.",
							"facebook": "",
							"linkedin": "",
							"email": "marusca.wisler@am.senac.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "19:00",
							"end_time": "21:00"
						}
					]
				},
				{
					"id_session": 549670,
					"title": "Case de sucesso cafe regional & Soares Fátima - Empreendedorismo Feminimo",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 205",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "18:00",
					"end_time": "19:00",
					"speakers": [
						{
							"id_speaker": 463427,
							"name": "Maria de Fátima Carneiro",
							"photo": "https://ui-avatars.com/api/?background=45789C&color=fff&rounded=true&name=Maria de Fátima Carneiro",
							"designation": null,
							"resume": null,
							"facebook": null,
							"linkedin": null,
							"email": null,
							"lattes": null,
							"twitter": null,
							"site": null
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "18:00",
							"end_time": "19:00"
						}
					]
				},
				{
					"id_session": 549677,
					"title": "Liderança em Gestão de vendas: Case de Sucesso do Supermercado Ouro verde",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 212",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "18:00",
					"end_time": "19:00",
					"speakers": [
						{
							"id_speaker": 463426,
							"name": "Marcio Carneiro",
							"photo": "https://ui-avatars.com/api/?background=45789C&color=fff&rounded=true&name=Marcio Carneiro",
							"designation": null,
							"resume": null,
							"facebook": null,
							"linkedin": null,
							"email": null,
							"lattes": null,
							"twitter": null,
							"site": null
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "18:00",
							"end_time": "19:00"
						}
					]
				},
				{
					"id_session": 550278,
					"title": "Formação metodológica e estratégias de professores que lecionam física e matemática em ITA - AM",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 207",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "08:40",
					"end_time": "09:00",
					"speakers": [
						{
							"id_speaker": 462110,
							"name": "Laiz Stephane Veiga da Silva",
							"photo": "https://images.even3.com.br/pB_j2rv_CeHq_2mE4PKj0C4_HwY=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at12.07.34.cb1ef43083db4bc4bee7.jpeg",
							"designation": "Palestrante",
							"resume": "Bacharela em Serviço Social  pela Universidade Pitágoras Unopar. Especialista em Gestão Social: Políticas Públicas, redes e defesas de direitos pela Universidade Pitágoras Unopar.\nAtualmente  é discente no curso Licenciatura em Ciências: Matemática e Física pela Universidade Federal do Amazonas- UFAM.",
							"facebook": "",
							"linkedin": "",
							"email": "stephanelaiz@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "08:40",
							"end_time": "09:00"
						}
					]
				},
				{
					"id_session": 550301,
					"title": "Gestão e Liderança",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "10:00",
					"speakers": [
						{
							"id_speaker": 462975,
							"name": "Larissa Farias Almeida",
							"photo": "https://images.even3.com.br/viRArsJNYCA4LUxlPy6miTl_c1U=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-14at14.38.431.03087541923e448db49b.jpeg",
							"designation": null,
							"resume": null,
							"facebook": null,
							"linkedin": null,
							"email": null,
							"lattes": null,
							"twitter": null,
							"site": null
						},
						{
							"id_speaker": 462130,
							"name": "Sandra Regina Giraldelli Ulrich",
							"photo": "https://images.even3.com.br/rqZqDmdepL6jlAxpsyPQwBX2WXQ=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at15.24.33.686460543a2f4b909390.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "srgulrich@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "09:00",
							"end_time": "10:00"
						}
					]
				},
				{
					"id_session": 550320,
					"title": "Os segredos para alcançar a liberdade financeira",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 204",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "11:00",
					"speakers": [
						{
							"id_speaker": 462079,
							"name": "Joel Castro do Nascimento",
							"photo": "https://images.even3.com.br/MZzHDvFDV_SGQR-6OATVIMoCdR0=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at14.05.50.fa11e90427fc4cf98c77.jpeg",
							"designation": "Palestrante",
							"resume": "Graduado em Engenharia de Produção\nMestre em Engenharia de Produção \nEspecialista em gestão de pessoas\nProfessor e coordenador do curso de Eng. de Produção do ICET\nEmpreendedor, Investidor e Educador Financeiro",
							"facebook": "",
							"linkedin": "",
							"email": "joelcastro@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "09:00",
							"end_time": "11:00"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "09:00",
							"end_time": "11:00"
						}
					]
				},
				{
					"id_session": 550324,
					"title": "Os desafios da Ciência de Dados na Educação",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "10:00",
					"end_time": "11:00",
					"speakers": [
						{
							"id_speaker": 462984,
							"name": "Hidelbrando Ferreira Rodrigues",
							"photo": "https://ui-avatars.com/api/?background=45789C&color=fff&rounded=true&name=Hidelbrando Ferreira Rodrigues",
							"designation": null,
							"resume": null,
							"facebook": null,
							"linkedin": null,
							"email": null,
							"lattes": null,
							"twitter": null,
							"site": null
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "10:00",
							"end_time": "11:00"
						}
					]
				},
				{
					"id_session": 550325,
					"title": "O uso de K-Means na formação de clusters espaciais aplicado na Análise do Insucesso Escolar Portugal",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "11:00",
					"end_time": "12:00",
					"speakers": [
						{
							"id_speaker": 462984,
							"name": "Hidelbrando Ferreira Rodrigues",
							"photo": "https://ui-avatars.com/api/?background=45789C&color=fff&rounded=true&name=Hidelbrando Ferreira Rodrigues",
							"designation": null,
							"resume": null,
							"facebook": null,
							"linkedin": null,
							"email": null,
							"lattes": null,
							"twitter": null,
							"site": null
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "11:00",
							"end_time": "12:00"
						}
					]
				},
				{
					"id_session": 550333,
					"title": "Amostra de atividades do PET",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 103",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "11:00",
					"end_time": "12:00",
					"speakers": [
						{
							"id_speaker": 463006,
							"name": "Grupo PET",
							"photo": "https://images.even3.com.br/kkV5sQbmPX8Ect9y9ij68D5hfhw=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-17at8.25.39AM.779728ab26a24db78eb2.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": null,
							"facebook": null,
							"linkedin": null,
							"email": "Iuana.rodrigues077@gmail.com",
							"lattes": null,
							"twitter": null,
							"site": null
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "11:00",
							"end_time": "12:00"
						}
					]
				},
				{
					"id_session": 550337,
					"title": "Uso do Imagej",
					"title_schedule": "Atividades",
					"venue": "Bloco C - Laboratório 102 (NETGI)",
					"description": "O ImageJ é simples de usar, executa um conjunto alargado de manipulações na imagem e pode recorrer a centenas de macros e plugins, desenvolvidos por uma vasta e conhecedora comunidade de utilizadores, desde a nanotecnologia à astronomia, com foco central nas ciências da saúde",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "12:30",
					"end_time": "13:30",
					"speakers": [
						{
							"id_speaker": 462112,
							"name": "Wesley Zany dos Santos",
							"photo": "https://images.even3.com.br/t1K1raabq-rC-1CNBlRZcrSY2vA=/150x150/smart/even3.blob.core.windows.net/fotoperfil/Sight_2017_08_12_153611_2012_e.0a1fd5c3bbc44ffb8b85.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "wesley.zany@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "12:30",
							"end_time": "13:30"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "12:30",
							"end_time": "13:30"
						}
					]
				},
				{
					"id_session": 550339,
					"title": "Segurança  Pública",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 203",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "15:00",
					"speakers": [
						{
							"id_speaker": 463024,
							"name": "Cabo Martins",
							"photo": "https://images.even3.com.br/PP--tOKS0Qy0rXVg3YuTJflzvx4=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-14at15.29.39.f27630e568344c8083cf.jpeg",
							"designation": null,
							"resume": null,
							"facebook": null,
							"linkedin": null,
							"email": null,
							"lattes": null,
							"twitter": null,
							"site": null
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "14:00",
							"end_time": "15:00"
						}
					]
				},
				{
					"id_session": 550344,
					"title": "Embalagens, microplastico e o meio ambiente",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 208",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "08:00",
					"end_time": "10:00",
					"speakers": [
						{
							"id_speaker": 462122,
							"name": "Isreele Jussara Gomes de Azevedo",
							"photo": "https://images.even3.com.br/sGQ9ENhjT2aSK7plf5sopbS7sC4=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at13.56.51.7f27e0a67ef447178f46.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "ijazevedo@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462125,
							"name": "Gabriel dos Anjos",
							"photo": "https://images.even3.com.br/5_x4j9lLd3uUuePVsUVdr1aEPr8=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at13.56.52.89b5b0bda1f5436fa57e.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "gaguimaraes@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "08:00",
							"end_time": "10:00"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 550344,
					"title": "Embalagens, microplastico e o meio ambiente",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 208",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 462122,
							"name": "Isreele Jussara Gomes de Azevedo",
							"photo": "https://images.even3.com.br/sGQ9ENhjT2aSK7plf5sopbS7sC4=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at13.56.51.7f27e0a67ef447178f46.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "ijazevedo@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462125,
							"name": "Gabriel dos Anjos",
							"photo": "https://images.even3.com.br/5_x4j9lLd3uUuePVsUVdr1aEPr8=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at13.56.52.89b5b0bda1f5436fa57e.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "gaguimaraes@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "08:00",
							"end_time": "10:00"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 550348,
					"title": "Incubação de ovos de peixes e tecnologias BioFlocos",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 209",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "11:00",
					"speakers": [
						{
							"id_speaker": 462084,
							"name": "Anna Paula Costa Scherer",
							"photo": "https://images.even3.com.br/HtdLqfi635LEAoqr51XHYOm63SA=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at15.08.36.106c683c9b204401af69.jpeg",
							"designation": "Palestrante",
							"resume": "Engenheira de Pesca (2018) e Bacharel Interdisciplinar em Ciências e Tecnologia das Aguas (2021) formada pela Universidade Federal do Oeste do Pará - UFOPA. Mestra em Aquicultura (2021) e atualmente Doutoranda em Aquicultura pelo Programa de Pós- Graduação em Aquicultura - PPGAqui da Universidade Nilton Lins em ampla associação com o Instituto Nacional de Pesquisas da Amazônia - INPA",
							"facebook": "",
							"linkedin": "https://www.linkedin.com/in/anna-paula-scherer-2a950768/",
							"email": "annapaula_scherer@hotmail.com",
							"lattes": "https://lattes.cnpq.br/9124110396268747",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462147,
							"name": "Rafael Yutaka Kuradomi",
							"photo": "https://images.even3.com.br/AMV4nnWREihIZEd3G-3K50zdDWY=/150x150/smart/even3.blob.core.windows.net/geral/Foto_tipo_passaporte_Rafael.3241c8dac1b149039124.jpg",
							"designation": "Docente/ICET-UFAM",
							"resume": "Possui graduação em Zootecnia pela Universidade Estadual de Maringá (UEM), mestrado em Aquicultura pela Universidade Federal do Rio Grande (FURG) e doutorado em aquicultura pelo Centro de Aquicultura da Unesp (CAUNESP). Pós-doutoramento na área de reprodução de peixes Atualmente é Professor Adjunto da Universidade Federal do Amazonas (UFAM), e também no Programa de Pós-Graduação em Aquicultura em ampla associação com o Instituto Nacional de Pesquisas da Amazônia (INPA) como docente permanente, ministrando a disciplina de Reprodução e Larvicultura de Organismos Aquáticos e Bioestatística Aplicada à Aquicultura. Tem experiência na área de Zootecnia, com ênfase em Aquicultura, atuando principalmente nos seguintes temas: reprodução, produção, biologia molecular, endocrinologia e biometria.",
							"facebook": "",
							"linkedin": "",
							"email": "rkuradomi@ufam.edu.br",
							"lattes": "http://lattes.cnpq.br/8268943270230730",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "09:00",
							"end_time": "11:00"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 550348,
					"title": "Incubação de ovos de peixes e tecnologias BioFlocos",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 209",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 462084,
							"name": "Anna Paula Costa Scherer",
							"photo": "https://images.even3.com.br/HtdLqfi635LEAoqr51XHYOm63SA=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at15.08.36.106c683c9b204401af69.jpeg",
							"designation": "Palestrante",
							"resume": "Engenheira de Pesca (2018) e Bacharel Interdisciplinar em Ciências e Tecnologia das Aguas (2021) formada pela Universidade Federal do Oeste do Pará - UFOPA. Mestra em Aquicultura (2021) e atualmente Doutoranda em Aquicultura pelo Programa de Pós- Graduação em Aquicultura - PPGAqui da Universidade Nilton Lins em ampla associação com o Instituto Nacional de Pesquisas da Amazônia - INPA",
							"facebook": "",
							"linkedin": "https://www.linkedin.com/in/anna-paula-scherer-2a950768/",
							"email": "annapaula_scherer@hotmail.com",
							"lattes": "https://lattes.cnpq.br/9124110396268747",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462147,
							"name": "Rafael Yutaka Kuradomi",
							"photo": "https://images.even3.com.br/AMV4nnWREihIZEd3G-3K50zdDWY=/150x150/smart/even3.blob.core.windows.net/geral/Foto_tipo_passaporte_Rafael.3241c8dac1b149039124.jpg",
							"designation": "Docente/ICET-UFAM",
							"resume": "Possui graduação em Zootecnia pela Universidade Estadual de Maringá (UEM), mestrado em Aquicultura pela Universidade Federal do Rio Grande (FURG) e doutorado em aquicultura pelo Centro de Aquicultura da Unesp (CAUNESP). Pós-doutoramento na área de reprodução de peixes Atualmente é Professor Adjunto da Universidade Federal do Amazonas (UFAM), e também no Programa de Pós-Graduação em Aquicultura em ampla associação com o Instituto Nacional de Pesquisas da Amazônia (INPA) como docente permanente, ministrando a disciplina de Reprodução e Larvicultura de Organismos Aquáticos e Bioestatística Aplicada à Aquicultura. Tem experiência na área de Zootecnia, com ênfase em Aquicultura, atuando principalmente nos seguintes temas: reprodução, produção, biologia molecular, endocrinologia e biometria.",
							"facebook": "",
							"linkedin": "",
							"email": "rkuradomi@ufam.edu.br",
							"lattes": "http://lattes.cnpq.br/8268943270230730",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "09:00",
							"end_time": "11:00"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "14:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 550354,
					"title": "Mesa Redonda: Como a História explica o Brasil de Hoje",
					"title_schedule": "Atividades",
					"venue": null,
					"description": "Uma mesa redonda com Tiago Rogero falando sobre a História que a História não conta e desta vez, revisitada a partir de uma visão afrocêntrica. IMPORTANTE: A mesa redonda será totalmente online, logo, para participar, clique neste link: https://meet.google.com/xrv-kccq-ebd",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "17:30",
					"end_time": "18:30",
					"speakers": [
						{
							"id_speaker": 462189,
							"name": "Mariah Clara Melo de Oliveira",
							"photo": "https://images.even3.com.br/n1CS8IHenBpbtOqe0_TRj5SIOTM=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-17at11.35.24.845f61e0d72d440e8537.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "mariahclara.melo@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 462830,
							"name": "Tiago Rogero",
							"photo": "https://images.even3.com.br/_L1g02Kr_u3DbExxfbYXMrYmEkc=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-13at18.27.33.d8e1d6abf02441cba76f.jpeg",
							"designation": null,
							"resume": "Criador do Projeto Querino.",
							"facebook": "",
							"linkedin": "",
							"email": "contato@tiagorogero.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "17:30",
							"end_time": "18:30"
						}
					]
				},
				{
					"id_session": 550355,
					"title": "Infecções sexualmente transmissíveis (IST): tudo o que você precisa saber.",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 203",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "16:00",
					"end_time": "18:00",
					"speakers": [
						{
							"id_speaker": 462183,
							"name": "Camila Araújo Cruz",
							"photo": "https://images.even3.com.br/UvsPcReOe2fPhBPDIlDGvf_8AzQ=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-12at19.21.38.3605aa95cb884093b285.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "camila.cruz@itacoatiara.itpac.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "16:00",
							"end_time": "18:00"
						}
					]
				},
				{
					"id_session": 550390,
					"title": "Maturidade Científica / Autonomia Acadêmica",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "13:00",
					"end_time": "14:00",
					"speakers": [
						{
							"id_speaker": 463947,
							"name": "Claudio Alexandre de Souza",
							"photo": "https://images.even3.com.br/H6l90PICz0g6QFqFwOnmXzlqeCQ=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-19at3.57.39PM.564faed399d14244a3d1.jpeg",
							"designation": "Universidade Estadual do Oeste do Paraná - UNIOESTE",
							"resume": "Pós-Doutor em Gestão de Negócios pela UQAM em Montreal no Canadá, Doutor em Geografia - UFPR com Estudos no ICRT na LMU em Leeds na Inglaterra, Mestre em Hospitalidade - UAM, Especialista em Ecoturismo - UFLA, Bacharel em Turismo e Hotelaria - UNIVALI. Coordenador do NUPESA. Professor do curso de Bacharelado em Hotelaria e do Mestrado Profissional emTecnologia, Gestão e Sustentabilidade (PPGTGS) da UNIOESTE em Foz do Iguaçu.",
							"facebook": "https://www.facebook.com/claudio.a.desouza/about?locale=pt_BR",
							"linkedin": "https://www.linkedin.com/in/claudio-alexandre-de-souza-cas-48709125/",
							"email": "claudio.souza@unioeste.br",
							"lattes": "http://lattes.cnpq.br/0356316368021912",
							"twitter": "@cas_tur",
							"site": null
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "13:00",
							"end_time": "14:00"
						}
					]
				},
				{
					"id_session": 550482,
					"title": "Modelagem de negócio",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 204",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "16:00",
					"end_time": "17:00",
					"speakers": [
						{
							"id_speaker": 17436,
							"name": "Jane Márcia Pinto Moura",
							"photo": "https://ui-avatars.com/api/?background=45789C&color=fff&rounded=true&name=Jane Márcia Pinto Moura",
							"designation": null,
							"resume": null,
							"facebook": null,
							"linkedin": null,
							"email": "janemmoura@hotmail.com",
							"lattes": null,
							"twitter": null,
							"site": null
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "16:00",
							"end_time": "17:00"
						}
					]
				},
				{
					"id_session": 550619,
					"title": "Exposição de Motos",
					"title_schedule": "Atividades",
					"venue": "Área Externa do ICET",
					"description": "A exposição reunirá diversos modelos de motos no HALL do ICET.",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "19:00",
					"end_time": "22:00",
					"speakers": [],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "19:00",
							"end_time": "22:00"
						}
					]
				},
				{
					"id_session": 550903,
					"title": "Turma 4 - Diálogos para Professores: O Novo Ensino Médio e a Universidade",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 206",
					"description": "Mesma descrição da turma 1\n\nMinicurso: Geografia, História, Sociologia e Filosofia",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "11:00",
					"speakers": [
						{
							"id_speaker": 462192,
							"name": "Eliane Batista de Lima Freitas",
							"photo": "https://images.even3.com.br/6y0vtRMlqqW87l2HdlvRY0XPMW4=/150x150/smart/even3.blob.core.windows.net/fotoperfil/FaceApp_1608605466669.688cdb1c190f49e0b8f4.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "elianefreitas@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "09:00",
							"end_time": "11:00"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "15:00",
							"end_time": "18:00"
						}
					]
				},
				{
					"id_session": 550903,
					"title": "Turma 4 - Diálogos para Professores: O Novo Ensino Médio e a Universidade",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 206",
					"description": "Mesma descrição da turma 1\n\nMinicurso: Geografia, História, Sociologia e Filosofia",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "15:00",
					"end_time": "18:00",
					"speakers": [
						{
							"id_speaker": 462192,
							"name": "Eliane Batista de Lima Freitas",
							"photo": "https://images.even3.com.br/6y0vtRMlqqW87l2HdlvRY0XPMW4=/150x150/smart/even3.blob.core.windows.net/fotoperfil/FaceApp_1608605466669.688cdb1c190f49e0b8f4.jpg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "elianefreitas@ufam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "09:00",
							"end_time": "11:00"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "15:00",
							"end_time": "18:00"
						}
					]
				},
				{
					"id_session": 551334,
					"title": "Dona Novinha: o legado de uma mulher empreendedora.",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 202",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "16:00",
					"end_time": "17:00",
					"speakers": [
						{
							"id_speaker": 463982,
							"name": "Ednilce Mendes",
							"photo": "https://graph.facebook.com/3658349387545618/picture?width=150&height=150",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "mendes.eclinde@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "16:00",
							"end_time": "17:00"
						}
					]
				},
				{
					"id_session": 551342,
					"title": "Uma abordagem sobre planejamento estratégico financeiro empresarial",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 209",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "18:00",
					"end_time": "19:00",
					"speakers": [
						{
							"id_speaker": 463991,
							"name": "Jessiane Regina Alves Costa",
							"photo": "https://images.even3.com.br/CzkUfLSOrGcFwsv0X31L4XrKTxM=/150x150/smart/even3.blob.core.windows.net/geral/regina.1a431a6a8e4e4b9aba8f.jpeg",
							"designation": "Palestrante",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "jessianeregina@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "18:00",
							"end_time": "19:00"
						}
					]
				},
				{
					"id_session": 551349,
					"title": "Mandiocultura: Sustentabilidade e Geração de Renda",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "18:00",
					"end_time": "19:00",
					"speakers": [
						{
							"id_speaker": 464233,
							"name": "João Tavares de Souza Filho",
							"photo": "https://images.even3.com.br/5IGjpsTx5uxrfunTNNtmnt0vuFE=/150x150/smart/even3.blob.core.windows.net/geral/3E1E1882-BDA4-4C25-9DB2-DC482D1E7519.83574cc17cfb43629e90.jpeg",
							"designation": "Técnico de fomento e coordenador/afeam",
							"resume": "Idade:57 anos\n17 anos de serviço público \nAtuando na área de fomento,análise de crédito,acompanhamento dos investimentos e negociações de financiamento \nDicente do curso de gestão de agronegócio da CNA  \nDicente do curso técnico de fruticultura SENAR",
							"facebook": null,
							"linkedin": null,
							"email": "joaotavares1965@gmail.com",
							"lattes": null,
							"twitter": null,
							"site": null
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "18:00",
							"end_time": "19:00"
						}
					]
				},
				{
					"id_session": 554075,
					"title": "Machine learning algorithms trained to characterize economic cycles: macroeconomic indicators applied to the classification of Brazilian GDP.",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 205",
					"description": "Apresentação de Tese de Doutorado",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "15:00",
					"speakers": [
						{
							"id_speaker": 462163,
							"name": "Eduardo Palhares Júnior",
							"photo": "https://images.even3.com.br/nLjL_HTPuJD9kp9iSGbe4jvlrGY=/150x150/smart/even3.blob.core.windows.net/geral/foto_Everton.bfda8f492d304aad83de.jpeg",
							"designation": "Palestrante",
							"resume": "Possui graduação em Ciência e Técnologia pela Universidade Federal do ABC (2010), graduação em Engenharia Aeroespacial pela Universidade Federal do ABC (2014), graduação em Licenciatura em Matemática pela Universidade Federal do ABC (2017) e mestrado em Engenharia Mecânica pela Universidade Federal do ABC (2015). Atualmente é professor EBTT de matemática do Instituto Federal de Educação, Ciência e Tecnologia do Amazonas, tutor EAD de graduação da Universidade Virtual do Estado de São Paulo e doutorando pela Escola Politécnica da Universidade de São Paulo, pesquisando na área de matemática computacional e machine learning aplicada ao mercado financeiro. Atua como voluntário na coordenação de projetos de extensão ligados a educação financeira, computação e matemática aplicados a investimentos.",
							"facebook": "",
							"linkedin": "",
							"email": "eduardo.palharesjr@ifam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "14:00",
							"end_time": "15:00"
						}
					]
				},
				{
					"id_session": 554095,
					"title": "Introdução ao Figma: os primeiros passos na prototipação de telas.",
					"title_schedule": "Atividades",
					"venue": "Bloco D - Laboratorio 309",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "19:00",
					"end_time": "20:00",
					"speakers": [
						{
							"id_speaker": 466620,
							"name": "Victor Gabriel M. de Araújo",
							"photo": "https://images.even3.com.br/hZcxc1ibgS3Ck2Lcej43IEV74G8=/150x150/smart/even3.blob.core.windows.net/geral/IMG-20191202-WA0026-01.9626383a7e1f433b856a.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": "Técnico em Informática- IFAM - Campus Itacoatiara\nGraduando em Engenharia de Software UFAM/ICET",
							"facebook": "",
							"linkedin": "",
							"email": "vicvicaraujo16@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 466068,
							"name": "Glauber Patrik Brito de Souza",
							"photo": "https://images.even3.com.br/psnugD67mqY-q0q3KHpSyVA-4jQ=/150x150/smart/even3.blob.core.windows.net/geral/Glauber.43f9430527c84a6d9e3b.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": "Cursando Engenharia de Software na Universidade Federal do Estado do Amazonas pelo Campus ICET e Técnico em Informática pelo Instituto Federal IFAM Campus Parintins.",
							"facebook": "",
							"linkedin": "https://www.linkedin.com/in/glauber-patrik-ba44a9231",
							"email": "iamlordwest@gmail.com",
							"lattes": "",
							"twitter": "https://www.twitter.com/glauberziiinho",
							"site": ""
						},
						{
							"id_speaker": 466619,
							"name": "Felipe Maklouf Coelho",
							"photo": "https://images.even3.com.br/SQlgANQhk8KBRr3CpsspwZDtDMA=/150x150/smart/even3.blob.core.windows.net/geral/FelipeMakloufCoelho.62dd656055c7463fa397.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": "Técnico em Informática pela Fundação Matias Machline.\nUniversitário de Eng de Software pela Universidade Federal do Amazonas\nTenho experiências com UX e UI, ilustrações, Animações, Desenvolvimento Front End.",
							"facebook": "",
							"linkedin": "",
							"email": "felipemakloufc@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-24T00:00:00",
							"day": "segunda-feira",
							"start_time": "19:00",
							"end_time": "20:00"
						},
						{
							"date": "2022-10-25T00:00:00",
							"day": "terça-feira",
							"start_time": "19:00",
							"end_time": "20:00"
						},
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "19:00",
							"end_time": "20:00"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "19:00",
							"end_time": "20:00"
						}
					]
				},
				{
					"id_session": 554379,
					"title": "Lógica de Programação: Conceitos Básicos para Iniciantes",
					"title_schedule": "Atividades",
					"venue": "Bloco C - Laboratório 102 (NETGI)",
					"description": "Demonstração de lógica e conceitos básicos de programação através da linguagem Python.",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "17:00",
					"end_time": "19:00",
					"speakers": [
						{
							"id_speaker": 466394,
							"name": "Conceição Neves Silva",
							"photo": "https://images.even3.com.br/Vk-KkchIKgThCBXtyrnpovtSjHE=/150x150/smart/even3.blob.core.windows.net/geral/Conceio.3d30cc367fb24affba96.jpeg",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "neves.conce@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						},
						{
							"id_speaker": 466398,
							"name": "Cheila Marques Monteiro",
							"photo": "https://images.even3.com.br/hFUwsLDotKCR1mwSgAUxdKC_EAU=/150x150/smart/even3.blob.core.windows.net/geral/Screenshot_20221018-212549.a84512176e354936a9bc.png",
							"designation": "Universidade Federal do Amazonas - UFAM",
							"resume": "Sou estudante do curso de Engenharia de Software, 6 período,  fiz curso de desenvolvimento de software pela fucapi e técnico em informática pelo Ifam. Tenho 22 anos e sou itacoatiarense.",
							"facebook": "",
							"linkedin": "",
							"email": "cheilammonteiro@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-26T00:00:00",
							"day": "quarta-feira",
							"start_time": "17:00",
							"end_time": "19:00"
						},
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "17:00",
							"end_time": "19:00"
						}
					]
				},
				{
					"id_session": 554632,
					"title": "Contribuição dos Organismos Aquáticos na Saúde dos Amazonenses",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 103",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "14:00",
					"end_time": "15:00",
					"speakers": [
						{
							"id_speaker": 466589,
							"name": "Alzira Miranda de Oliveira",
							"photo": "https://images.even3.com.br/AlBSlFru6x-QuIreUAvJ8Q8wP0M=/150x150/smart/even3.blob.core.windows.net/geral/Alzira.40b76e5ce71849e9bc96.jpeg",
							"designation": "Instituto Federal do Amazonas - IFAM Amazonas",
							"resume": null,
							"facebook": "",
							"linkedin": "",
							"email": "alzira.oliveira@ifam.edu.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "14:00",
							"end_time": "15:00"
						}
					]
				},
				{
					"id_session": 556169,
					"title": "Logística e Operações",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 212",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "15:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 468055,
							"name": "Tiago Arruda",
							"photo": "https://images.even3.com.br/hevdr4xNdw-9z9gK8IgOj8fkHlc=/150x150/smart/even3.blob.core.windows.net/geral/image005.a27cb9bcbd3f433e80a4.png",
							"designation": "AMAGGI",
							"resume": "Supervisor Planejamento Controle Operacional",
							"facebook": "",
							"linkedin": "",
							"email": "rh.itacoatiara@amaggi.com.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "15:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 556171,
					"title": "Competências que fazem a diferença no mundo corporativo",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 302",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "15:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 468062,
							"name": "Sabrynna Menezes",
							"photo": "https://images.even3.com.br/ZmEwy6jqPjctrBGuJWApzk22kFM=/150x150/smart/even3.blob.core.windows.net/geral/Sabrynaamagi.4c86bfb0ee284ece9f57.png",
							"designation": "AMAGGI",
							"resume": "Analista Recursos Humanos",
							"facebook": "",
							"linkedin": "",
							"email": "",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "15:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 556172,
					"title": "Segurança Comportamental",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 310",
					"description": " ",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "15:00",
					"end_time": "16:00",
					"speakers": [
						{
							"id_speaker": 468061,
							"name": "Patrícia Sobreira",
							"photo": "https://images.even3.com.br/BlIWmNpyz_c9oQLZXlEzUMx_I9E=/150x150/smart/even3.blob.core.windows.net/geral/pATRICIAAMAGGI.d76fe715a52648fdaf24.png",
							"designation": "AMAGGI",
							"resume": "Engenheira Segurança Trabalho",
							"facebook": "",
							"linkedin": "",
							"email": "",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "15:00",
							"end_time": "16:00"
						}
					]
				},
				{
					"id_session": 556530,
					"title": "A importância da ADAF para a defesa agropecuária no Amazonas.",
					"title_schedule": "Atividades",
					"venue": "Bloco A - Sala 309",
					"description": "Exposição sobre as ações e programas desenvolvidos pela Adaf para a promoção da defesa agropecuária e proteção da saúde pública.",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "16:00",
					"end_time": "17:00",
					"speakers": [
						{
							"id_speaker": 468394,
							"name": "André Ricardo Morais dos Santos.",
							"photo": "https://images.even3.com.br/9L1OTRtp3dKtr9mKBNaOANXF9PU=/150x150/smart/even3.blob.core.windows.net/geral/adaf.e383286780da4f979286.jpeg",
							"designation": "ADAF - Agência de Defesa Agropecuária e Florestal do Estado do Amazonas.",
							"resume": "Técnico em Agropecuária, Engenheiro Agrônomo, especialista em Tecnologias e Mestre em Agronomia Tropical.",
							"facebook": "",
							"linkedin": "",
							"email": "andrermsantos.agro@gmail.com",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "16:00",
							"end_time": "17:00"
						}
					]
				},
				{
					"id_session": 557539,
					"title": "Prospecção da nanotecnologia para ciências farmacêuticas",
					"title_schedule": "Atividades",
					"venue": "Bloco C - Laboratório 102 (NETGI)",
					"description": "Abordagem geral sobre nanotecnologia, apresentando os avanços das pesquisas nesta área documentados pela CAPES com foco principal nas ciências farmacêuticas no âmbito nacional e internacional.",
					"tags": null,
					"date": "27/10/2022",
					"date_UTC": "2022-10-27T00:00:00.0000000",
					"start_time": "09:00",
					"end_time": "10:00",
					"speakers": [
						{
							"id_speaker": 469494,
							"name": "Expedito Rogildo Cordeiro Carlos",
							"photo": "https://images.even3.com.br/b3KxsSvbIKJ9anx1AqOrZWHj0qg=/150x150/smart/even3.blob.core.windows.net/geral/WhatsAppImage2022-10-23at10.32.25AM.09b561002a7b4a82bfe5.jpeg",
							"designation": "Universidade de Fortaleza - UNIFOR",
							"resume": "Mestre e Doutor em Bioquímica",
							"facebook": "",
							"linkedin": "",
							"email": "rogildo@iunifor.br",
							"lattes": "",
							"twitter": "",
							"site": ""
						}
					],
					"all_dates": [
						{
							"date": "2022-10-27T00:00:00",
							"day": "quinta-feira",
							"start_time": "09:00",
							"end_time": "10:00"
						}
					]
				}
			]
		}
	]