window.WIKIMANIA_DATA = {
  "sessions": [
    {
      "id": 322,
      "title": "Users with extended rights preconference",
      "track": "Community",
      "type": "Preconference (full day, in person only)",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-21",
      "start": "09:00",
      "duration": "04:00",
      "abstract": "**\"Users with extended rights\"** (admins, checkusers, arbitrators, stewards, bureaucrats, oversighters etc.) - are a central component of  Wikimedia communities: the front line of protecting and sustaining Wikimedia projects. Being elected by their communities, they hold community trust and support the safety of the communities and the reliability of the content.\r\nLast year at Wikimania we organized the first ever global convening of users with extended rights. This year we are inviting users for a second edition.\r\nThis event will be a place for users to connect with one another, exchange experiences across wikis, brainstorm solutions to problems, discuss areas of emphasis for new collaborative work, to build capacity by learning from each other, and to create a network for support into the future. Topics will include safety, privacy, policy tooling, and cross-wiki experience exchange. The program will be co-created with users with extended rights themselves, making sure that the event will be meaningful for this group.\r\n\r\n<br>",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/SJHKEK/",
      "speakers": [
        {
          "name": "Natalia Szafran",
          "bio": "Long time Wikimedian, administrator on Polish Wikipedia, former Arbcom member and oversighter. Lead Movement Communications specialist at the Wikimedia Foundation.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/LUWFYC/"
        }
      ],
      "day_label": "Tue 21 Jul"
    },
    {
      "id": 3431,
      "title": "Users with extended rights preconference",
      "track": "Community",
      "type": "Preconference (full day, in person only)",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-21",
      "start": "14:30",
      "duration": "04:30",
      "abstract": "**\"Users with extended rights\"** (admins, checkusers, arbitrators, stewards, bureaucrats, oversighters etc.) - are a central component of  Wikimedia communities: the front line of protecting and sustaining Wikimedia projects. Being elected by their communities, they hold community trust and support the safety of the communities and the reliability of the content.\r\n\r\nLast year at Wikimania we organized the first ever global convening of users with extended rights. This year we are inviting users for a second edition.\r\nThis event will be a place for users to connect with one another, exchange experiences across wikis, brainstorm solutions to problems, discuss areas of emphasis for new collaborative work, to build capacity by learning from each other, and to create a network for support into the future. Topics will include safety, privacy, policy tooling, and cross-wiki experience exchange. The program will be co-created with users with extended rights themselves, making sure that the event will be meaningful for this group.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/ZHFLJ7/",
      "speakers": [],
      "day_label": "Tue 21 Jul"
    },
    {
      "id": 942,
      "title": "WikiWomen+ Summit",
      "track": "Unspecified",
      "type": "Preconference (full day)",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-21",
      "start": "09:30",
      "duration": "03:30",
      "abstract": "Gender equity sessions focusing on empowerment, strategy, and content gaps.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/BJT7C7/",
      "speakers": [
        {
          "name": "Rosie Stephenson-Goodknight",
          "bio": "Rosie Stephenson-Goodknight (user:Rosiestep) is a Wikipedia editor and administrator, known for her role in addressing gender bias within the Wikimedia movement by significantly increasing the quantity and quality of women's biographies. A prolific contributor since 2007, she co-founded Wiki Women in Red, WikiWomen\\*Summit x Wikimania, WikiConference North America, and WikiWomen’s User Group. Women in Red was shortlisted for the ITU/UN Women GEM-TECH award (2016). Since 2017, she has served as the Wikipedia Visiting Scholar at Northeastern University, focusing on historical women writers. She has conducted Wiki movement research projects related to Wikidata Wikipedia content, as well as movement leaders. Rosie served as AffCom member and Chair (2016-2021); Board member and Vice-President of Wikimedia D.C. (2016-2021); and a member of the Wikimedia Foundation Board of Trustees (2021-2024). In 2025, she joined WikiPortraits as a literary festival photographer. In recognition of her impact, Rosie was honored as Wikipedian of the Year (2016) and was knighted in part for her Wikipedia work (2018). She is currently writing a historical Western trilogy in a neo-dime novel format. She makes her home in California, USA.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/HAF7EQ/"
        }
      ],
      "day_label": "Tue 21 Jul"
    },
    {
      "id": 3432,
      "title": "WikiWomen+ Summit",
      "track": "Unspecified",
      "type": "Preconference (full day)",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-21",
      "start": "14:30",
      "duration": "04:30",
      "abstract": "Gender equity sessions focusing on empowerment, strategy, and content gaps.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/899GEU/",
      "speakers": [
        {
          "name": "Rosie Stephenson-Goodknight",
          "bio": "Rosie Stephenson-Goodknight (user:Rosiestep) is a Wikipedia editor and administrator, known for her role in addressing gender bias within the Wikimedia movement by significantly increasing the quantity and quality of women's biographies. A prolific contributor since 2007, she co-founded Wiki Women in Red, WikiWomen\\*Summit x Wikimania, WikiConference North America, and WikiWomen’s User Group. Women in Red was shortlisted for the ITU/UN Women GEM-TECH award (2016). Since 2017, she has served as the Wikipedia Visiting Scholar at Northeastern University, focusing on historical women writers. She has conducted Wiki movement research projects related to Wikidata Wikipedia content, as well as movement leaders. Rosie served as AffCom member and Chair (2016-2021); Board member and Vice-President of Wikimedia D.C. (2016-2021); and a member of the Wikimedia Foundation Board of Trustees (2021-2024). In 2025, she joined WikiPortraits as a literary festival photographer. In recognition of her impact, Rosie was honored as Wikipedian of the Year (2016) and was knighted in part for her Wikipedia work (2018). She is currently writing a historical Western trilogy in a neo-dime novel format. She makes her home in California, USA.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/HAF7EQ/"
        }
      ],
      "day_label": "Tue 21 Jul"
    },
    {
      "id": 624,
      "title": "Wiki AI : Building the world's best tools for editing, illustrating, reviewing, and presenting cooperative knowledge",
      "track": "Artificial intelligence",
      "type": "Preconference (full day, in person only)",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-21",
      "start": "09:30",
      "duration": "03:30",
      "abstract": "This day is dedicated to using AI to make participation in the Wikiverse\r\n**\\- EASY** by reducing friction & helping newbies\r\n**\\- FUN** by enabling creativity & exploration\r\n**\\- MEANINGFUL** by replacing drudgery with high-value work\r\n\r\nWe start with where we are now and a hands-on workshop on the kind of community we want to be with AI. Threads for the day include\r\n\r\n**Tools for Reliability & Defense**\r\n\r\n* Defending the public record: assisting with anti-vandalism, source verification and detection of AI-mediated spam and slop\r\n* What has changed with LLMs, what hasn't, and where the tradeoffs lie.\r\n\r\n**Building with AI & Ecosystem Tooling**\r\n\r\n* AI-assisted development for non-developers\r\n* Current tools & repos for interacting with global knowledge (HuggingFace, PublicAI, Wiki AI skills)\r\n* Expanding global library access for contributors (Internet Archive, The Wikipedia Library, Common Corpus)\r\n\r\n**More than just Major Wikipedias**\r\n\r\n* Empowering Small(er) Wikis - AI as a force and challenge for underrepresented languages and knowledge gaps: accessibility and tool discoverability\r\n* Commons & Media - from clearing categorisation backlogs to the disputes over AI-generated images\r\n\r\nAlso, we'll have a **Wikigame and Breakout Tables** \\- small\\-group tables with an open agenda\\. Bring a project or just curiosity\\.\r\n\r\nHere's the [registration link](https://docs.google.com/forms/d/e/1FAIpQLScXbv_fbbDY2-2-S6lB7507_KXDQnpz80IBSfahxanT7ypiJA/viewform?usp=dialog). If you have Wikimania tickets, you can just drop by, but consider registering anyway - it will help us understand how many attendees will be at the event.\r\n\r\n*Curious about the full program? See the [event page](https://meta.wikimedia.org/wiki/Artificial_intelligence/2026_Wiki_AI \"Artificial intelligence/2026 Wiki AI\").*",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/TFF3JU/",
      "speakers": [
        {
          "name": "alaexis",
          "bio": "I'm mostly active on en-wiki and commons. Like a lot of editors, I got pulled in because someone was wrong on the internet and I ended up staying for the history of some obscure places that turned out to be more contested than they looked. Along the way I've uploaded photos of obscure places and I've spent more time than is probably healthy arguing about what counts as a reliable source. I've been on the receiving end of the policy too, which is also a useful perspective to have.\r\n\r\nLately I've been building AI-powered tools, and participating in the editorial and policy conversations around their use in Wikimedia projects. I'm one of the authors of [Source Verifier](https://en.wikipedia.org/wiki/User:Alaexis/AI_Source_Verification), a tool that checks whether Wikipedia citations actually support the claims they're attached to. I'm also working on [Commons Diffusor](https://commons.wikimedia.org/wiki/User:Alaexis/Diffusor), aimed at the backlog of undercategorised images on Commons.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3DLN9E/"
        },
        {
          "name": "Samuel Klein",
          "bio": "I am a wikipedian, translator and [inclusionist](https://meta.wikimedia.org/wiki/Association_of_Inclusionist_Wikipedians/Quotes \"Association of Inclusionist Wikipedians/Quotes\"). I have designed a range of platforms for offline teaching and [community-owned publishing](https://knowledgefutures.org/) of research and data, helped build a [national digital library](https://en.wikipedia.org/wiki/DPLA \"w:DPLA\"), directed part of a global [education project](https://en.wikipedia.org/wiki/One_Laptop_per_Child \"w:One Laptop per Child\"), and served as a [trustee](https://meta.wikimedia.org/wiki/User:Sj/Platform \"User:Sj/Platform\") of the Wikimedia Foundation. I co-hosted Wikimania 2006 and WCNA 2019, and have worked on a range of other convenings to expand the Commons.\r\n\r\nCurrently I am building the *AI Commons*, for knowledge used and produced by AI systems, and *Omnipedia*, collective knowledge that any agent can edit.\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/UCFUP9/"
        }
      ],
      "day_label": "Tue 21 Jul"
    },
    {
      "id": 3436,
      "title": "Wiki AI : Building the world's best tools for editing, illustrating, reviewing, and presenting cooperative knowledge",
      "track": "Artificial intelligence",
      "type": "Preconference (full day, in person only)",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-21",
      "start": "14:30",
      "duration": "04:30",
      "abstract": "This day is dedicated to using AI to make participation in the Wikiverse\r\n**\\- EASY** by reducing friction & helping newbies\r\n**\\- FUN** by enabling creativity & exploration\r\n**\\- MEANINGFUL** by replacing drudgery with high-value work\r\n\r\nWe start with where we are now and a hands-on workshop on the kind of community we want to be with AI. Threads for the day include\r\n\r\n**Tools for Reliability & Defense**\r\n\r\n* Defending the public record: assisting with anti-vandalism, source verification and detection of AI-mediated spam and slop\r\n* What has changed with LLMs, what hasn't, and where the tradeoffs lie.\r\n\r\n**Building with AI & Ecosystem Tooling**\r\n\r\n* AI-assisted development for non-developers\r\n* Current tools & repos for interacting with global knowledge (HuggingFace, PublicAI, Wiki AI skills)\r\n* Expanding global library access for contributors (Internet Archive, The Wikipedia Library, Common Corpus)\r\n\r\n**More than just Major Wikipedias**\r\n\r\n* Empowering Small(er) Wikis - AI as a force and challenge for underrepresented languages and knowledge gaps: accessibility and tool discoverability\r\n* Commons & Media - from clearing categorisation backlogs to the disputes over AI-generated images\r\n\r\nAlso, we'll have a **Wikigame and Breakout Tables** \\- small\\-group tables with an open agenda\\. Bring a project or just curiosity\\.\r\n\r\nHere's the [registration link](https://docs.google.com/forms/d/e/1FAIpQLScXbv_fbbDY2-2-S6lB7507_KXDQnpz80IBSfahxanT7ypiJA/viewform?usp=dialog). If you have Wikimania tickets, you can just drop by, but consider registering anyway - it will help us understand how many attendees will be at the event.\r\n*Curious about the full program? See the [event page](https://meta.wikimedia.org/wiki/Artificial_intelligence/2026_Wiki_AI).*",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/C7KUWG/",
      "speakers": [
        {
          "name": "alaexis",
          "bio": "I'm mostly active on en-wiki and commons. Like a lot of editors, I got pulled in because someone was wrong on the internet and I ended up staying for the history of some obscure places that turned out to be more contested than they looked. Along the way I've uploaded photos of obscure places and I've spent more time than is probably healthy arguing about what counts as a reliable source. I've been on the receiving end of the policy too, which is also a useful perspective to have.\r\n\r\nLately I've been building AI-powered tools, and participating in the editorial and policy conversations around their use in Wikimedia projects. I'm one of the authors of [Source Verifier](https://en.wikipedia.org/wiki/User:Alaexis/AI_Source_Verification), a tool that checks whether Wikipedia citations actually support the claims they're attached to. I'm also working on [Commons Diffusor](https://commons.wikimedia.org/wiki/User:Alaexis/Diffusor), aimed at the backlog of undercategorised images on Commons.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3DLN9E/"
        },
        {
          "name": "Samuel Klein",
          "bio": "I am a wikipedian, translator and [inclusionist](https://meta.wikimedia.org/wiki/Association_of_Inclusionist_Wikipedians/Quotes \"Association of Inclusionist Wikipedians/Quotes\"). I have designed a range of platforms for offline teaching and [community-owned publishing](https://knowledgefutures.org/) of research and data, helped build a [national digital library](https://en.wikipedia.org/wiki/DPLA \"w:DPLA\"), directed part of a global [education project](https://en.wikipedia.org/wiki/One_Laptop_per_Child \"w:One Laptop per Child\"), and served as a [trustee](https://meta.wikimedia.org/wiki/User:Sj/Platform \"User:Sj/Platform\") of the Wikimedia Foundation. I co-hosted Wikimania 2006 and WCNA 2019, and have worked on a range of other convenings to expand the Commons.\r\n\r\nCurrently I am building the *AI Commons*, for knowledge used and produced by AI systems, and *Omnipedia*, collective knowledge that any agent can edit.\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/UCFUP9/"
        }
      ],
      "day_label": "Tue 21 Jul"
    },
    {
      "id": 415,
      "title": "Pre-Conference on Information Integrity on Climate Change: strategic coalition building with Wikimedia communities",
      "track": "Governance & Strategy",
      "type": "Preconference (full day, in person only)",
      "language": "en",
      "room": "Room C+D (in-person only)",
      "day": "2026-07-21",
      "start": "09:30",
      "duration": "03:30",
      "abstract": "In 2024, the government of Brazil, alongside the UN Secretariat and UNESCO, launched the “[Global Initiative for Information Integrity on Climate Change](https://www.unesco.org/en/information-integrity-climate-change)”. This multistakeholder effort is an ambitious drive to promote the United Nations Global Principles for Information Integrity and advance the Digital Global Compact.\r\n\r\nInformation integrity on climate change has been in the agenda of the Wikimedia movement, as shown by the [five initiatives](https://www.gov.br/secom/pt-br/assuntos/iniciativa-global/mais-de-120-acoes-de-27-paises-identificadas-na-chamada-global-mutirao-pela-integridade-da-informacao-sobre-mudanca-do-clima) by Wikimedia groups approved as part of the Mutirão ahead of COP30. In 2025, at Wikimania in Nairobi, we had our [first Pre-Conference](https://diff.wikimedia.org/2025/08/21/wikimania-2025-information-integrity-on-climate-change-on-wikimedia-projects/) on Information Integrity on Climate Change. Additionally, the Working Group on Climate Justice and Wikimedia Brasil were selected to be [one](https://diff.wikimedia.org/2025/11/09/wikimedia-project-from-south-america-selected-by-the-unesco-global-initiative-for-information-integrity-on-climate-change-fund/) of the first projects being recipents of the Fund coming from the Global Initiative.\r\n\r\nThis Pre-Conference will:\r\n\r\n* Present the Global Initiative and the current high-level policy framework.\r\n* Establish an empirical basis for the discussion, disseminating key research on the topic.\r\n* Evaluate the strategic alignment of Wikimedia communities and other Digital Public Goods with the high-level policy frameworks.\r\n* Design a multi-stakeholder roadmap that translates policy into scalable interventions for Wikimedia and other DPGs to bridge information gaps and ensure the delivery of accurate, reliable and high-integrity climate knowledge.\r\n\r\nTo accomplish these goals, the Pre-Conference will facilitate high-level strategic exchange, convening stakeholders to translate multilateral information integrity policies into institutional strategies and operational priorities. This process aims to bridge the gap between global frameworks and the practical expertise of the Wikimedia movement's leadership.\r\n\r\nNotes: https://etherpad.wikimedia.org/p/PreConf\\_Info\\_Integrity",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/DGCKMD/",
      "speakers": [
        {
          "name": "Luisina Ferrante (WMAR)",
          "bio": "**Luisina estudió Historia en la Universidad de Buenos Aires. Completó la Maestría en Derechos Humanos y Políticas Sociales en la Universidad Nacional de General San Martín. Su tema de tesis fue la educación de jóvenes y adultos en escuelas públicas y populares, ubicadas en la Ciudad Autónoma de Buenos Aires. En el 2022 defendió su tesis de doctorado en la Universidad de Barcelona, su tema de tesis fue el uso de los proyectos Wikimedia como herramientas de alfabetización digital docente en contexto de pandemia de covid-19. Hoy es jefa de cátedra en la materia de Tecnologías de la comunicación en la Universidad de San Andrés, Buenos Aires, Argentina. Hace 10 años que trabaja en Wikimedia Argentina, hoy es la Directora de Programas.**\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/H3Q9RN/"
        },
        {
          "name": "Evelin Heidel",
          "bio": "Program Director, Wikimedistas de Uruguay.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/CD8YNR/"
        }
      ],
      "day_label": "Tue 21 Jul"
    },
    {
      "id": 3433,
      "title": "Pre-Conference on Information Integrity on Climate Change: strategic coalition building with Wikimedia communities",
      "track": "Governance & Strategy",
      "type": "Preconference (full day, in person only)",
      "language": "en",
      "room": "Room C+D (in-person only)",
      "day": "2026-07-21",
      "start": "14:30",
      "duration": "04:30",
      "abstract": "In 2024, the government of Brazil, alongside the UN Secretariat and UNESCO, launched the “[Global Initiative for Information Integrity on Climate Change](https://wikimedia.eventyay.com/redirect/?url=https%3A//www.unesco.org/en/information-integrity-climate-change%3AdRdCZ1fpfCEh-_65yQwns-8Jk-gPVi37Z04kxbVd8r4)”. This multistakeholder effort is an ambitious drive to promote the United Nations Global Principles for Information Integrity and advance the Digital Global Compact.\r\nInformation integrity on climate change has been in the agenda of the Wikimedia movement, as shown by the [five initiatives](https://wikimedia.eventyay.com/redirect/?url=https%3A//www.gov.br/secom/pt-br/assuntos/iniciativa-global/mais-de-120-acoes-de-27-paises-identificadas-na-chamada-global-mutirao-pela-integridade-da-informacao-sobre-mudanca-do-clima%3ANibr9AReipPx8pDqfqeJ28PR69asU8xqwrwcIOsNmNI) by Wikimedia groups approved as part of the Mutirão ahead of COP30. In 2025, at Wikimania in Nairobi, we had our [first Pre-Conference](https://wikimedia.eventyay.com/redirect/?url=https%3A//diff.wikimedia.org/2025/08/21/wikimania-2025-information-integrity-on-climate-change-on-wikimedia-projects/%3Ah3pf7LwQuz0xcaKsKl7tq9NCKIecTZBY-lyQBrpCkRI) on Information Integrity on Climate Change. Additionally, the Working Group on Climate Justice and Wikimedia Brasil were selected to be [one](https://wikimedia.eventyay.com/redirect/?url=https%3A//diff.wikimedia.org/2025/11/09/wikimedia-project-from-south-america-selected-by-the-unesco-global-initiative-for-information-integrity-on-climate-change-fund/%3AHfYbdqPB3oMbao6DLalT5RR9NippShUnacSwJs5gxJw) of the first projects being recipents of the Fund coming from the Global Initiative.\r\nThis Pre-Conference will:\r\n\r\n* Present the Global Initiative and the current high-level policy framework.\r\n* Establish an empirical basis for the discussion, disseminating key research on the topic.\r\n* Evaluate the strategic alignment of Wikimedia communities and other Digital Public Goods with the high-level policy frameworks.\r\n* Design a multi-stakeholder roadmap that translates policy into scalable interventions for Wikimedia and other DPGs to bridge information gaps and ensure the delivery of accurate, reliable and high-integrity climate knowledge.\r\n\r\nTo accomplish these goals, the Pre-Conference will facilitate high-level strategic exchange, convening stakeholders to translate multilateral information integrity policies into institutional strategies and operational priorities. This process aims to bridge the gap between global frameworks and the practical expertise of the Wikimedia movement's leadership.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/HLX3VH/",
      "speakers": [
        {
          "name": "Evelin Heidel",
          "bio": "Program Director, Wikimedistas de Uruguay.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/CD8YNR/"
        }
      ],
      "day_label": "Tue 21 Jul"
    },
    {
      "id": 943,
      "title": "Creative Commons Salon",
      "track": "Unspecified",
      "type": "Preconference (half day, in person only)",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-21",
      "start": "09:30",
      "duration": "03:30",
      "abstract": "With both Wikipedia and Creative Commons turning 25, we are thrilled to have the opportunity to jointly celebrate this milestone at Wikimania 2026 in Paris. The Commons Salon is an intimate, participatory gathering marking 25 years of Creative Commons as a lived, human practice.\r\n\r\nIn small, facilitated circles, Wikimedians, creators, educators, and stewards of shared knowledge will share stories of joy, tension, care, and contradiction, celebrating what openness has made possible. This is a collective moment to reconnect Creative Commons to our relationships, our responsibilities, and our hopes for the next generation.\r\n\r\nWe would like to propose a full day gathering where participants rotate through curated “salons”. Each salon will be designed to explore different dimensions of CC as lived experience and will produce a shared artifact.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/MKYBZT/",
      "speakers": [
        {
          "name": "Anna Tumadóttir",
          "bio": "Anna Tumadóttir is CEO at Creative Commons. She joined in September 2019 as the Director of Product and also served as COO before being appointed to CEO in early 2024. Anna’s background includes leadership of distributed start-ups and work in public university administration. She is focused on safeguarding equitable, open access to knowledge, while balancing societal considerations regarding creative labor in an age of AI. Anna holds a bachelor’s degree in political science from Macalester College and a master’s in strategic management from the University of Iceland.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/MUVPZK/"
        },
        {
          "name": "Annemarie Eayrs",
          "bio": "Annemarie joined Creative Commons as their Communications Manager in 2025, supporting the organization’s external communications, messaging, and brand work. Before CC, Annemarie worked at a variety of nonprofits, including Coffee House Press, the Hennepin County library system, and the Oregon Museum of Science and Industry. Her sweet spot is at the intersection of digital engagement, storytelling, and narrative change. Annemarie is located in Portland, OR, with her dog and cats.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/FXUNTJ/"
        },
        {
          "name": "Dee Harris",
          "bio": "Dee Harris is a global advocacy strategist and marketing communications leader who has spent her career working in the space where strategy and story meet, making the case that when they're aligned, communications become the engine of change. At Creative Commons, she serves as Director of Communications and Engagement.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ERGTRU/"
        },
        {
          "name": "Elliott Bledsoe",
          "bio": "[Elliott Bledsoe](Https://elliottbledsoe.wtf) has extensive experience in copyright, with a focus on the interplay between rights and creative practice. For many years he worked in copyright law reform advocacy working regularly with the [Australian Digital Alliance](https://digital.org.au/?ref=elliottbledsoe.wtf) (ADA) – Australia’s peak body representing copyright users and innovators in a digital world – and the [Australian Libraries and Archives Copyright Coalition](https://alacc.org.au/?ref=elliottbledsoe.wtf) (ALACC) – the primary policy body for copyright issues affecting the library, archive and information sectors in Australia. He is the President of [Wikimedia Australia](https://wikimedia.org.au/?ref=elliottbledsoe.wtf), the Australian chapter of the international Wikimedia Foundation, and is the Co-lead of [Creative Commons Australia](https://au.creativecommons.net/?ref=elliottbledsoe.wtf), the local Chapter of the [CC Global Network](https://network.creativecommons.org/?ref=elliottbledsoe.wtf) which promotes and encourages the use of CC licences in Australia.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ECWCPK/"
        },
        {
          "name": "Jocelyn Miyara",
          "bio": "Jocelyn Miyara is the Senior Manager, Community Strategy and Engagement at Creative Commons, where she plays a central role in building, nurturing, and coordinating CC’s global community. She leads strategic engagement initiatives, supports grassroots leadership, and fosters inclusive participation across the CC community. Jocelyn also stewards community communications, facilitates international collaboration, and acts as a key bridge between CC and the broader open movement.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/DDN9WV/"
        },
        {
          "name": "Melissa Hagemann",
          "bio": "Melissa Hagemann has been at the forefront of the Access to Knowledge movement for over twenty years.   She managed the Open Society Foundations’ work to define Open Access through the BOAI and went on to support the development of the global Open Access movement. To mark the 20th anniversary of the BOAI, she spearheaded the development of new recommendations which emphasize that Open Access is not an end in itself, but a means to further ends, above all, to the equity, quality, sustainability, and usability of research. Recently the BOAI transitioned to an organization to advocate for the development of equitable Open Access.\r\n\r\nMelissa is the director of the BOAI Org, a member of the Board of Creative Commons and has served on numerous boards, including the Advisory Board of the Wikimedia Foundation, as well as the Steering Committee of the Open Climate Campaign.\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/XCXPCR/"
        }
      ],
      "day_label": "Tue 21 Jul"
    },
    {
      "id": 314,
      "title": "Volunteer Supporters Network: Meetup & Mapping Volunteer Support Roles in the Movement",
      "track": "Community",
      "type": "Preconference (half day, in person only)",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-21",
      "start": "14:30",
      "duration": "04:00",
      "abstract": "The **Volunteer Supporters Network (VSN)** is an open network of Wikimedians who support Wikimedia volunteers.  As a Hub pilot, our mission is to enhance volunteer support in the Wikimedia movement. We want to improve the conditions for online and offline participation of volunteers, to increase diversity and to strengthen the spirit of global cooperation and innovation. By taking part in this session, you’ll be directly contributing to the work of the Hub pilot, and helping us to shape work being done to support people just like you.\r\n\r\nThere are any number of ways to describe those people doing work in the movement to onboard, train and support volunteers, and any number of things that that job entails! So whether you're a Volunteer manager, Community Coordinator, Trainer, or work in Community Engagement, we'd love to see you. You do not have to already be a member or liaison of the VSN to attend.\r\n\r\nThis session will feature the following:\r\n\r\n* Introduction to the VSN, and a summary of what we've been doing as a Hub pilot\r\n* Opportunity to meet with others working in volunteer support in the movement, to share our experiences and learn from each other\r\n* Contribution to a mapping exercise to understand more about what volunteer support looks like across the movement. **Come and tell us more about your role, and about the knowledge & skills that you feel you need.**\r\n\r\nMore information about the VSN and the Hub pilot can be found here:[ https://meta.wikimedia.org/wiki/Volunteer_Supporters_Network](https://meta.wikimedia.org/wiki/Volunteer_Supporters_Network)",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/MV8QW3/",
      "speakers": [
        {
          "name": "Dr Sara Thomas",
          "bio": "Programme Manager at Wikimedia UK (Scotland, Wales, Northern Ireland & volunteering across the UK).\r\nCo-lead at the Volunteer Supporters Network Hub Pilot.\r\nFormer Wikimedian in Residence (Museums Galleries Scotland, Scottish Library & Information Council.)",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/LUZNKU/"
        },
        {
          "name": "Vic Sfriso",
          "bio": "Head of Community and Advocacy Program, Wikimedia Argentina\r\nDirector of Programmes and Community Engagement, Wikimedia LGBT+\r\nVolunteer Supporters Network Hub Co-lead",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/BUXSWL/"
        }
      ],
      "day_label": "Tue 21 Jul"
    },
    {
      "id": 3418,
      "title": "Users with extended rights breakout discussions",
      "track": "Community",
      "type": "Preconference (half day, in person only)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-21",
      "start": "11:00",
      "duration": "02:00",
      "abstract": "*",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/L3MQ8Z/",
      "speakers": [],
      "day_label": "Tue 21 Jul"
    },
    {
      "id": 3434,
      "title": "Users with extended rights breakout discussions",
      "track": "Community",
      "type": "Preconference (half day, in person only)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-21",
      "start": "14:30",
      "duration": "04:30",
      "abstract": "*",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/QZ7UPB/",
      "speakers": [],
      "day_label": "Tue 21 Jul"
    },
    {
      "id": 267,
      "title": "Wiki Mixer",
      "track": "Community",
      "type": "Preconference (half day, in person only)",
      "language": "en",
      "room": "Room 4",
      "day": "2026-07-21",
      "start": "09:30",
      "duration": "03:30",
      "abstract": "***It is so much easier to collaborate and create together when you know each other’s names, faces and what connect us!***\r\nThis is why we are inviting everyone to come and get to know each other before we dive into full Wikimania mode. This is in person session on pre-conference day dedicated to connecting with other: meeting new people and getting to know each other through engaging conversations and fun activities.\r\nThe session is organized by [Wikimedia Europe](https://meta.wikimedia.org/wiki/Wikimedia_Europe \"Wikimedia Europe\") and [CEE Hub](https://meta.wikimedia.org/wiki/Wikimedia_CEE_Hub \"Wikimedia CEE Hub\").\r\n\r\n## Register!\r\n\r\nRegister [HERE](https://docs.google.com/forms/d/e/1FAIpQLScvijcBLmaC6jZ52avUkjMj_GKPI_6_5OYdf5zdT2C_ra-fbA/viewform). \r\nThe session will be split into 2 rounds. You can register to join one of the rounds. There is no specific requirement about which you should choose, but each round will have a slightly different profile.\r\n\r\n* **Round 1** at **9:30 - 11:00**: We encourage affiliates' team members, board members and community organisers to join this round. There will be more opportunity to share experiences and find collaborators.\r\n* **Round 2** at **11:30 - 13:00**: We encourage anyone who just wants to meet new people to join this round. There will be more opportunity to connect across interests.\r\n\r\n**The number of spots available in each round is limited** and we will reach out to you with a confirmation of your spot before 17th July (Friday before the conference week).\r\n\r\n## The idea & What to expect\r\n\r\n* You will be able to choose topics/tables to join conversations and activities that will help you make new connections.\r\n* You don’t have to be an extrovert, we will support all levels of openness to meet new people.\r\n* The goal is to make it easier to connect across borders, find shared experiences and interests that can be in the future transformed into collaboration, projects or friendships across wikiverse!",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/JTWEVS/",
      "speakers": [
        {
          "name": "Barbara Klen",
          "bio": "For the past 15 years I worked as a project manager and consultant on various projects funded mostly by the EU, WB, UNICEF and EEA grants. I have experience with creating and implementing business and work processes in companies, non-governmental organisations and for not formally registered groups. Also, I love organizing teams and supporting professional development of individuals.\r\nSince 2022, I have been employed as a Regional CEE Hub Coordinator.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/RB8UGP/"
        },
        {
          "name": "Karo Gruszczyk, Wikimedia CEE Hub",
          "bio": "Passionate about all things communication, people, nature, and baking vegan cakes. I've spent the past decade exploring and practicing communication that builds communities around brands and ideas. At Wikimedia, I work for the CEE Hub to help ensure that regional opportunities are accessible to everyone and that every wiki community in Central and Eastern Europe gets the support they need to grow. Outside of work, I'm building (another!) campervan, and quite accidentally, I recently became a mom to seven cats!",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/F3YFM7/"
        },
        {
          "name": "User:Van Anh Dam (WMEU)",
          "bio": "With 10+ experience in building and scaling up organisations as well as leading teams, my professional goal is to share the resources and know-how I gained to strenghten others.\r\nI'm Polish-Vietnamese. I foster stray dogs, consume passionately food and thoughts.\r\nI imagine end of capitalism every day.\r\nI joined Wikimedia Europe in October 2024. My goal is to ensure Wikimedia Europe maintains good understanding of members needs and capacity, to better represent and provide support to the network. As of 2025 I'm a part time contributor.\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/FNWZ7T/"
        }
      ],
      "day_label": "Tue 21 Jul"
    },
    {
      "id": 161,
      "title": "Global Advocacy: Capacity Building Training",
      "track": "Education and Advocacy",
      "type": "Preconference (half day, in person only)",
      "language": "en",
      "room": "Room 4",
      "day": "2026-07-21",
      "start": "14:30",
      "duration": "02:00",
      "abstract": "Advocacy and policy professionals from non-Wikimedia organisations will run capacity building trainings for Wikimedians from all over the world. Topics may include developing a communications strategy, coalition building and talking to decision makers.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/QFKQ7R/",
      "speakers": [
        {
          "name": "Dimi_z",
          "bio": "Dimitar Zagorski, User:Dimi\\_z\r\n\r\nEU Policy Director, Wikimedia Europe\r\n\r\nDimi started the EU advocacy initiative in Brussels and has since worked in structuring it into an effective operation.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/X7CEGW/"
        },
        {
          "name": "Franziska Putz",
          "bio": "I lead the Global Advocacy team's collaborations with volunteers and affiliates around the world to co-design advocacy campaigns and skill-building programmes so that our movement can better protect and promote free knowledge online. Grassroots energy is essential to the movement's policy initiatives, for those most directly impacted best understand their own local context and needs. To this end, I work closely with communications, community growth, and grant initiatives.\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/TEPJBF/"
        }
      ],
      "day_label": "Tue 21 Jul"
    },
    {
      "id": 615,
      "title": "Wikimedia Commons Preconference",
      "track": "Community",
      "type": "Preconference (full day, in person only)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-21",
      "start": "09:30",
      "duration": "03:30",
      "abstract": "**[Registration](https://commons.wikimedia.org/wiki/Commons:Commons_Photographers_User_Group/Wikimania_2026_Pre-Conference)**\r\n\r\nThe Commons Photographers User Group organizes a pre-conference for the members of the user group and all people interested in photography and Wikimedia Commons.\r\n\r\n# **Schedule:**\r\n\r\n**[See the full schulde here.](https://commons.wikimedia.org/wiki/Commons:Commons_Photographers_User_Group/Wikimania_2026_Pre-Conference)**\r\n\r\n|  |  |\r\n| --- | --- |\r\n| 09:30-09:35 | **Welcome** |\r\n| 09:35-10:00 | **Introduction to the Commons Photographers User Group** - [Frank Schulenburg](https://commons.wikimedia.org/wiki/User:Frank_Schulenburg \"User:Frank Schulenburg\") |\r\n| 10:00-10:30 | **Tools for media navigation** - [Fuzheado](https://commons.wikimedia.org/wiki/User:Fuzheado \"User:Fuzheado\") |\r\n| 10:30-13:00 | **Find a common vision for Wikimedia Commons** |\r\n| 13:00-13:05 | **Group photo** |\r\n| 13:05-14:30 | **Lunch break** |\r\n| **14:30-18:45** | **Photographers and Commons project showcase** |\r\n| 14:30-15:00 | **Plan successful photography trips** - [Frank Schulenburg](https://commons.wikimedia.org/wiki/User:Frank_Schulenburg \"User:Frank Schulenburg\") & [Matthias Süßen](https://commons.wikimedia.org/wiki/User:Matthias_S%C3%BC%C3%9Fen \"User:Matthias Süßen\") |\r\n| 15:00-15:30 | **Trip to Southern India** - [Wuselig](https://commons.wikimedia.org/wiki/User:Wuselig \"User:Wuselig\") |\r\n| 15:30-16:00 | **Tools that make Wikimedia Commons contribution reliable and easy** - [Suyash.dwivedi](https://commons.wikimedia.org/wiki/User:Suyash.dwivedi \"User:Suyash.dwivedi\") |\r\n| 16:00-16:30 | **Sports photography on Wikimedia Commons** - [Stepro](https://commons.wikimedia.org/wiki/User:Stepro \"User:Stepro\") |\r\n| 16:30-16:45 | **Short break** |\r\n| 16:45-17:15 | **New Upload tools for structured data** - [Seewolf](https://commons.wikimedia.org/wiki/User:Seewolf \"User:Seewolf\") |\r\n| 17:15-17:45 | **Using GIS and Maps for Wiki takes events** - [Ailura](https://commons.wikimedia.org/wiki/User:Ailura \"User:Ailura\") |\r\n| 17:45-18:15 | **Ulli Beier’s photography and its role in preserving cultural heritage** - [Tunde Akangbe](https://commons.wikimedia.org/w/index.php?title=User:Tunde_Akangbe&action=edit&redlink=1) |\r\n| 18:15-18:45 | **Geography game/app in Basque (Tagzania)** - [Luistxo](https://commons.wikimedia.org/wiki/User:Luistxo \"User:Luistxo\") |\r\n| 18:45-19:00 | **Closing and introduction of open end practical photography skill share** |\r\n| 19:00-Open end | **Practical photography skill share/Photowalk** |",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/UHZ9GW/",
      "speakers": [
        {
          "name": "Ailura",
          "bio": "Commons Photographer based in Vienna, Austria. Member of CPUG since 2017, board member since 2021.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/CJTUPB/"
        },
        {
          "name": "GPSLeo",
          "bio": "I am Leo from Berlin. I am a photographer on Wikimedia Commons where I joined through the Wiki Loves Earth contest in 2017. Now I am organizing the contest in Germany. I am also admin on Commons and do stuff with geodata.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/VCMXJC/"
        }
      ],
      "day_label": "Tue 21 Jul"
    },
    {
      "id": 3435,
      "title": "Wikimedia Commons Preconference",
      "track": "Community",
      "type": "Preconference (full day, in person only)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-21",
      "start": "14:30",
      "duration": "04:30",
      "abstract": "The Commons Photographers User Group organizes a preconference for the members of the user group and all people interested in photography and Wikimedia Commons. There will be two main tracks: \"photography and projects\", where photographers share their projects and experiences with others. The second track will be \"Commons policies\", where we discuss the future of Wikimedia Commons.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/NLG7P3/",
      "speakers": [],
      "day_label": "Tue 21 Jul"
    },
    {
      "id": 3613,
      "title": "Team Challenges Opening",
      "track": "Technology",
      "type": "Other",
      "language": "en",
      "room": "Loft",
      "day": "2026-07-21",
      "start": "10:00",
      "duration": "00:30",
      "abstract": "Join us for the opening reception to the Team Challenges!",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/JCTTA3/",
      "speakers": [],
      "day_label": "Tue 21 Jul"
    },
    {
      "id": 3437,
      "title": "Team Challenges",
      "track": "Technology",
      "type": "Preconference (full day, in person only)",
      "language": "en",
      "room": "Loft",
      "day": "2026-07-21",
      "start": "10:30",
      "duration": "02:30",
      "abstract": "### PLEASE NOTE: Registering for the Team Challenges does not provide access to Wikimania, the Team Challenges are a separate event\r\n\r\nFor 25 years, the Wikimedia movement has embodied the values of the free and universal sharing of all human knowledge for the benefit of humanity.\r\nIn 2026, the challenges we face are greater than ever before. More of the world’s population is online than ever before – but significant inequalities remain in terms of connectivity and access to information. The spread of misinformation and disinformation is also accelerating with the use of AI.\r\n\r\n**It is to address these developments that we are introducing the Wikimania Team Challenges. This year, we are inviting a specially curated group of experts to join forces with participants in our Wikimania Hackathon to help reflect on what is needed to build the sustainable, inclusive, and universal digital public goods of the future.**\r\n\r\nWe want to enable newcomers, especially from non-developers backgrounds, to come to meet the Wikimedia communities and bring their own fresh point of view and skillsets !\r\n**The Wikimania Team Challenges** offers the opportunity to join an international movement working collectively to ensure free access to knowledge. Whether you’re a coding expert or simply curious about free knowledge, your contribution will have a visible impact on a worldwide digital commons: the Wikimedia projects, including [Wikipedia](https://en.wikipedia.org/wiki/Main_Page) (encyclopaedia), [Wikimedia Commons](https://commons.wikimedia.org/) (media library), [Wikidata](https://www.wikidata.org/) (database), [Wiktionary](https://www.wiktionary.org/) (dictionaries), [Wikisource](https://en.wikisource.org/wiki/Main_Page) (library) and many others.\r\n\r\nRead more and sign up at [the Team Challenges page](https://wikimania.wikimedia.org/wiki/2026:Team_challenges).",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/PMFQ3S/",
      "speakers": [],
      "day_label": "Tue 21 Jul"
    },
    {
      "id": 3438,
      "title": "Team Challenges",
      "track": "Technology",
      "type": "Preconference (full day, in person only)",
      "language": "en",
      "room": "Loft",
      "day": "2026-07-21",
      "start": "14:30",
      "duration": "04:30",
      "abstract": "**\\*\\*PLEASE NOTE: Registering for the Team Challenges does not provide access to Wikimania, the Team Challenges are a separate event\\*\\*\\***\r\nFor 25 years, the Wikimedia movement has embodied the values of the free and universal sharing of all human knowledge for the benefit of humanity.\r\nIn 2026, the challenges we face are greater than ever before. More of the world’s population is online than ever before – but significant inequalities remain in terms of connectivity and access to information. The spread of misinformation and disinformation is also accelerating with the use of AI.\r\n**It is to address these developments that we are introducing the Wikimania Team Challenges. This year, we are inviting a specially curated group of experts to join forces with participants in our Wikimania Hackathon to help reflect on what is needed to build the sustainable, inclusive, and universal digital public goods of the future.**\r\nWe want to enable newcomers, especially from non-developers backgrounds, to come to meet the Wikimedia communities and bring their own fresh point of view and skillsets !\r\n**The Wikimania Team Challenges** offers the opportunity to join an international movement working collectively to ensure free access to knowledge. Whether you’re a coding expert or simply curious about free knowledge, your contribution will have a visible impact on a worldwide digital commons: the Wikimedia projects, including [Wikipedia](https://wikimedia.eventyay.com/redirect/?url=https%3A//en.wikipedia.org/wiki/Main_Page%3A3bDeHbbHaT_osmqSHK9i7MlsO-4l4mjg1cU-GNmx9iI) (encyclopaedia), [Wikimedia Commons](https://wikimedia.eventyay.com/redirect/?url=https%3A//commons.wikimedia.org/%3A1r78qbROW3eGUHGypZ-hBsVGKZ-zOndBBmmqsGlB8nU) (media library), [Wikidata](https://wikimedia.eventyay.com/redirect/?url=https%3A//www.wikidata.org/%3AZRqOlSfrNfD_V-baqYGuFi1iJnq7_vasOi_0MEerMa0) (database), [Wiktionary](https://wikimedia.eventyay.com/redirect/?url=https%3A//www.wiktionary.org/%3AsB7ZHifghQLOJSpE-BFo2HhFAqXwLpcVKX1r3Dc1cbk) (dictionaries), [Wikisource](https://wikimedia.eventyay.com/redirect/?url=https%3A//en.wikisource.org/wiki/Main_Page%3Aln533Yn6NgVScVPx0wipHED0aJfm3SWJXCrIMlFNLaw) (library) and many others.\r\nRead more and sign up at [https://wikimania.wikimedia.org/wiki/2026:Team_challenges](https://wikimedia.eventyay.com/redirect/?url=https%3A//wikimania.wikimedia.org/wiki/2026%3ATeam_challenges%3AZ0Sc8NGi1H_ox878UpLrh5hxMILag7znzvAod1dMU9Q)",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/3AJWYP/",
      "speakers": [],
      "day_label": "Tue 21 Jul"
    },
    {
      "id": 3460,
      "title": "CultureStrong: Respecting Indigenous Cultural and Intellectual Property and Indigenous Data Sovereignty on Wikimedia Platforms",
      "track": "Community",
      "type": "Preconference (half day, in person only)",
      "language": "en",
      "room": " Virtual Room",
      "day": "2026-07-21",
      "start": "14:30",
      "duration": "02:00",
      "abstract": "**In room A+B (Capacity 50 people)**\r\n\r\nIn this session, Dr Terri Janke, Solicitor Director, and Shevaun Wright, Senior Associate, of Terri Janke & Company (TJC) will share their work developing the CultureStrong Guide for Wikimedia Australia (WMAU). Created in collaboration between WMAU, TJC and an Indigenous Expert Working Group, the Guide provides practical guidance for Wikimedia contributors and users working with Indigenous content across Wikimedia platforms.\r\n\r\nThe CultureStrong Guide gives contributors and users practical ways to work with Indigenous Cultural and Intellectual Property (ICIP) and Indigenous Data Sovereignty (IDSov) on Wikimedia platforms. It introduces a risk-based matrix and practical tools for identifying and working with Indigenous content, recognising Indigenous authority and attribution, and supporting culturally aware engagement on open knowledge platforms.\r\n\r\nThrough an overview of the Guide and an interactive discussion, attendees are invited to discuss, reflect on and explore how these approaches may be adapted and applied within their own cultural contexts.\r\n\r\nBook through Humanitix: [https://events.humanitix.com/culturestrong-respecting-indigenous-cultural-and-intellectual-property-and-indigenous-data-sovereignty-on-wikimedia-platforms](https://events.humanitix.com/culturestrong-respecting-indigenous-cultural-and-intellectual-property-and-indigenous-data-sovereignty-on-wikimedia-platforms)",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/EEUJPF/",
      "speakers": [
        {
          "name": "Shevaun Wright",
          "bio": "* Shevaun is a Nunga and Irish practising artist and lawyer with expertise in the fine arts as well as commercial and construction law. Her areas of specialty include infrastructure projects and arts related legal issues. Shevaun is passionate about empowering First Nations people to thrive in both the public and private sectors through legal advocacy, broader community training and innovative contractual solutions.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/98GZHJ/"
        },
        {
          "name": "Dr Terri Janke",
          "bio": "**Dr Terri Janke** is a Wuthathi, Yadhaigana and Meriam woman from Australia, writer, and a leading international authority on Indigenous Cultural and Intellectual Property (ICIP). She pioneers ethical, practical pathways for working with Indigenous peoples — grounded in respect for Indigenous knowledge, cultural authority and self-determination.\r\nAs Solicitor Director of Terri Janke and Company, she leads a multidisciplinary legal team advising on ICIP, intellectual property and the governance of Indigenous organisations. She is the author of *True Tracks: Respecting Indigenous Knowledge and Culture*, a leading framework for ethical engagement with Indigenous knowledge and cultural expression.\r\n🌐 [www.terrijanke.com.au](http://www.terrijanke.com.au)",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/9Y7HL7/"
        }
      ],
      "day_label": "Tue 21 Jul"
    },
    {
      "id": 3703,
      "title": "Club RFI",
      "track": "Unspecified",
      "type": "Other",
      "language": "fr",
      "room": " Virtual Room",
      "day": "2026-07-21",
      "start": "17:30",
      "duration": "01:30",
      "abstract": "**En Salle A+B**",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/UBXPYH/",
      "speakers": [],
      "day_label": "Tue 21 Jul"
    },
    {
      "id": 3446,
      "title": "Orientation session",
      "track": "Ceremonies and Showcases",
      "type": "Other",
      "language": "en",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-22",
      "start": "09:00",
      "duration": "00:25",
      "abstract": "*",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/TPUBWC/",
      "speakers": [],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 822,
      "title": "If AI becomes the first web interface, how can the wikimedia movement adapt? Chapters and partners levers for action",
      "track": "Artificial intelligence",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-22",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "Internet users are rapidly integrating AI into their online practicises; negotiations are underway between online service providers and AI companies to enable access to numerous practical services through the latter; and legislation isn’t moving quickly enough to halt this transformation. Lately, numerous discussions took place within the Wikimedia movement regarding the consequences and risks of an artificially enhanced web for projects.\r\nHere, we assume that these risks have been acknowledged, and we propose a hypothetical scenario: in a world where search engines and indexed websites become marginal, in favor of an environment where 90% of usage relies on closed applications and generative AI, what levers can the Wikimedia movement use to ensure its continued existence?\r\n\r\n<br>\r\nCette table ronde part de trois constats : les internautes modifient leurs pratiques à grande vitesse pour intégrer l’IA dans leurs usages ; des négociations sont en cours entre prestataires de services en ligne  et géants de l’IA pour permettre d’accéder à de nombreux services pratiques à travers ces derniers ; et la législation n’est pas assez rapide pour arrêter la transformation. Ces derniers mois de très nombreuses discussions ont eu lieu dans le mouvement Wikimédia sur les risques, et les conséquences pour les projets, d’un web artificialisé. \r\nIci nous partons du principe que ces risques ont été entendus, et proposons une expérience de projection : dans un monde où 90 % des usages passent par des applications fermées et des IA génératives, quels sont les leviers d’action du mouvement Wikimédia pour perdurer ?\r\n\r\nAnimator: Jeanne Brétécher\r\nPanelists: \r\n\r\n* Philippe Saadé, Computer Scientist & Data Analyst, Wikidata MCP, Wikimedia Deutschland\r\n* Alec Tarkowski, Open Future Foundation\r\n* Anastasia Stasenko, cofounder of Pleias\r\n* Lane Becker, President of the Wikimedia Enterprise project",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/ZCKMAW/",
      "speakers": [],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 827,
      "title": "If AI becomes the first web interface, how can the wikimedia movement adapt? 2/2 Communities' levers",
      "track": "Artificial intelligence",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-22",
      "start": "11:00",
      "duration": "00:55",
      "abstract": "Lately, numerous discussions took place within the Wikimedia movement regarding the consequences and risks of an all-AI Web for projects. Here, we assume that these risks have been acknowledged, and we propose a hypothetical scenario: in a world where 90% of usage relies on closed applications and generative AI, what levers can the Wikimedia movement use to ensure its continued existence?\r\n\r\nCommunities are responsible for the life and reliability of the Wikimedia projects. What can they do to fight AI “enshitification” on the wikis but also support advocacy efforts towards law makers and AI companies ?\r\n\r\n<br>\r\nCes derniers temps, de nombreuses discussions ont eu lieu au sein du mouvement Wikimedia concernant les conséquences et les risques d'un Web entièrement basé sur l'IA pour les projets. Partant du principe que ces risques ont été reconnus, nous proposons un scénario hypothétique : dans un monde où 90 % des usages reposent sur des applications propriétaires et l'IA générative, quels leviers le mouvement Wikimedia peut-il actionner pour assurer sa pérennité ?\r\n\r\nLes communautés sont responsables de la vie et de la fiabilité des projets Wikimedia. Comment peuvent-elles lutter contre la « désintégration » de l'IA sur les wikis, tout en soutenant les actions de plaidoyer auprès des législateurs et des entreprises spécialisées en IA ?\r\n\r\nAnimator: Jeanne Brétécher\r\n\r\n* Matthias Schindler, Wikimedia Deutschland\r\n* Léna - French community\r\n* Chaotic Enby - English speaking community",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/W9XQVV/",
      "speakers": [],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 3412,
      "title": "Opening Ceremony Rehearsal (closed - for speakers only)",
      "track": "Unspecified",
      "type": "Other",
      "language": "en",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-22",
      "start": "12:00",
      "duration": "02:25",
      "abstract": "*",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/B9EH9R/",
      "speakers": [],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 671,
      "title": "Open Knowledge under Attack: How knowledge and heritage institutions can build resilience under the rise of right-wing populism",
      "track": "GLAM and Partnerships",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-22",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "Across the world, cultural heritage institutions and the open knowledge ecosystem are facing growing political pressure. During the last couple of years, we have seen the dismissal of senior GLAM officials and executive orders targeting museums in the United States. Alongside attempts to curtail diversity, equity, and inclusion programs have become more common, with similar attacks in Latin America that replicate those from the United States on a no less harmful scale. Examples in Europe have shown how right-wing movements are trying to politicize or diminish cultural heritage and memory institutions. In Ukraine, cultural heritage institutions and monuments are threatened every day by Russia's war.\r\n\r\nIn the Wikimedia movement, we are dependent on robust and open exchange of knowledge. Still, we are increasingly aware of how quickly open knowledge infrastructures can become defunded, attacked, or censored. These dynamics do not remain confined to national contexts and we see their effects throughout the open knowledge ecosystem and WikiGLAM partnerships.\r\n\r\nThis panel explores what these shifts mean for institutions and volunteers committed to free, reliable, and equitable access to knowledge. When memory institutions, research infrastructures and organizations are weakened, the Wikimedia ecosystem is directly affected. If we lose access to trusted sources at the same time as our knowledge infrastructures get fragmentized, our founding ground is destabilized.\r\n\r\nBringing together perspectives from international cultural heritage and knowledge institutions as well as the Wikimedia movement, the panel aims to highlight strategies for safeguarding open knowledge infrastructures and marginalized knowledge in times of political turmoil.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/RMDAZ7/",
      "speakers": [
        {
          "name": "David",
          "bio": "User: Hiperterminal. I am a PhD student of Information and Knowledge Society at the [Open university of Catalonia](http://www.uoc.edu). Part of the project [Women and Wikipedia](https://www.ub.edu/wikiwomen/team/). Researcher on public domain in [Fundación Conector](https://conector.red/) (Colombia).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/JSTDDD/"
        },
        {
          "name": "JamieF",
          "bio": "Jamie Flood is the Scholarly Communication Librarian and assistant professor at Butler University, in Indianapolis, Indiana, USA. Jamie previously worked for six years as the Senior Wikipedian at the United States Department of Agriculture National Agricultural Library where she worked on editor training and events, website content, and reference work related to topics of equity and addressing gaps in agriculture. Jamie is a founding member of the Wikimedians of Indiana User Group, was a part of the development team for the View it! Tool, supports editing efforts through training across the United States and is an organizer with WikiConference North America. Jamie advocates for open knowledge and open access, and their editing focuses on addressing content gaps, specifically around women and gender non-conforming individuals, and other represented communities on Wikipedia.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/KE87NQ/"
        },
        {
          "name": "Karin Glasemann (WMSE)",
          "bio": "Chief Operating Officer at [Wikimedia Sverige](https://meta.wikimedia.org/wiki/Wikimedia_Sverige \"m:Wikimedia Sverige\"). I have worked with digital access to cultural heritage in different roles in the Swedish GLAM sector. My work focused on digital collection management, access through linked open data and open licensing. As GLAM partner, I have initiated several collaborations between Wikimedia and Swedish institutions. I joined Wikimedia Sweden as Chief Officer Operations in September 2025.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/DAWNXT/"
        },
        {
          "name": "Larissa Borck [User:Tulipasylvestris]",
          "bio": "I am a cultural anthropologist, especially interested in open cultural heritage data and its re-use. I have worked in different smaller to national cultural heritage institutions in Germany and Sweden. Right now, I work as Head of Collections at the regional Östergötlands museum in Linköping. Since 2022, I am a board member of [Wikimedia Deutschland](https://meta.wikimedia.org/wiki/Wikimedia_Deutschland).\r\n\r\nI mostly edit on the English, German and Swedish Wikipedia, on Wikidata and Wikimedia Commons, mostly to include women's history and GLAM information. Besides that, I am an active contributor to Wiki Loves Monuments and Wiki Loves Earth. I am an Open GLAM advocate, trying to open up cultural heritage and arts institutions by digital means, helping museums and other institutions to share their knowledge and collections with the world.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/NRSBS9/"
        },
        {
          "name": "Sandra Fauconnier / User:Spinster",
          "bio": "Art historian, Belgian in the Netherlands. Wikimedian since 2003, most active since 2011. I mainly work on Wikidata and Wikimedia Commons and on content related to art and culture (GLAMwiki). I edit as a volunteer, but also intermittently work with affiliates and as a Wikimedian in Residence.\r\n\r\nhttps://meta.wikimedia.org/wiki/User:Spinster",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/J88FZ9/"
        },
        {
          "name": "Svitlana Vyslinska (WMUA)",
          "bio": "I have been working as a librarian at the Yaroslav Mudryi National Library of Ukraine for almost 20 years, and I am also a member of the Ukrainian Library Association. Of course, I also edit Wikipedia from time to time.\r\nI was happy to work as a consultant on the project “Open GLAM in Ukraine: Opening up and Bringing Ukraine's Cultural Heritage to the Wikimedia Platforms” in 2025, and I am currently serving as the manager of the OGU-TP project.\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7NPZ8N/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 370,
      "title": "Opening Ceremony featuring Wikimedian of the Year",
      "track": "Ceremonies and Showcases",
      "type": "Other",
      "language": "en",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-22",
      "start": "16:00",
      "duration": "02:00",
      "abstract": "Welcome to Wikimania 2026! The opening ceremony will be a dynamic, jam-packed event that celebrates both Freedom, Reliability and Equity as well as Wikipedia's 25th year as its central themes. The ceremony will include:\r\n\r\n* An opening video\r\n* A brief welcome from the Wikimania Steering Committee\r\n* Welcomes from the Core Organizing Team\r\n* Entertainment\r\n* Reflections from Bernadette Meehan, the Wikimedia Foundation CEO, on her journey [Around the puzzle globe](https://meta.wikimedia.org/wiki/Wikimedia_Foundation/Chief_Executive_Officer/Around_the_puzzle_globe/en)\r\n* Wikimedian of the Year awards ceremony",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/RERZMV/",
      "speakers": [],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 417,
      "title": "Don’t Panic! We have the Hitchhiker’s Guide to the UCoC",
      "track": "Community",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-22",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "Many contributors have heard of the Universal Code of Conduct (UCoC), but far fewer understand what it actually means in practice for their communities. How does it affect everyday editing? What should you do if you believe a rule has been broken? Where can you seek support, and how do enforcement pathways really work?\r\n\r\nThis session is a practical “UCoC 101” — a hitchhiker’s guide to understanding the system from reporting to resolution. We will walk through what the UCoC is, how it applies across Wikimedia projects, and the different levels of response available within the movement. Participants will gain a general idea of what issues are basic and can be resolved locally, and where you might have to take it to a different support structure.\r\n\r\nFor newer contributors, this workshop offers a clear and accessible introduction to rights, responsibilities, and reporting options. For experienced editors, administrators, and community organizers, it provides an opportunity to examine how the an easier guidelines and navigation through the process can be used to manage violations more consistently and sustainably.\r\n\r\nThe goal is not only awareness, but confidence: helping participants navigate UCoC processes thoughtfully, reduce uncertainty, and strengthen community trust.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/T3CE9G/",
      "speakers": [
        {
          "name": "BRPever",
          "bio": "Coming from a small town in Nepal, I have always found the Wikimedia movement to be a place of inclusiveness and diversity. It has always been my wish that anyone participating from anywhere in the world gets to experience the same feeling.\r\nTo that end, I have taken on different roles to assist the community, including serving as a member of the U4C committee and as a Wikimedia Steward for some years. My active editing is now nearing a decade, and I have always felt privileged to edit the greatest sum of human knowledge and contribute my part, while also helping strengthen the processes that support our communities.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/79SAZY/"
        },
        {
          "name": "Civvì",
          "bio": "I started editing in 2004. What fascinated me at the beginning — and still does now! — was finding new red links, the opportunity to virtually explore distant and little-known places while writing about them, and the beauty of doing so alongside many other people, both known and unknown. Maintaining a pleasant environment is one of my priorities, as the collaborative atmosphere is very important to me. I have been an editor on Italian Wikipedia since 2004, and an administrator on itwiki from 2004 to 2007, and again from 2016 to 2025. I was part of the UCoC Drafting Committee in 2020 and have been a U4C member since 2024.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ASWAYP/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 814,
      "title": "Zero-budget programs you could start tomorrow",
      "track": "Community",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-22",
      "start": "11:00",
      "duration": "01:30",
      "abstract": "This workshop will demonstrate three ideas for programs **any community** with a number of *interested experienced editors* can start **tomorrow** with **zero budget**. One involves outreach to professionals, another is a partnership with national *or local* governments around Wikidata, and the last one is a contribution campaign for complete beginners requiring next to no training using Wikidata and tools like Cradle or Tabernacle.\r\n\r\nIn the workshop we will **co-create materials** for these ideas **or** for other zero-budget ideas contributed by workshop attendees, so that attendees will come out of the workshop ready to execute (or continue refining the materials for) one or more of these zero-budget programs in their home communities.\r\n\r\nA 20-minute presentation version was given at CEE Meeting 2025 [[slides](https://docs.google.com/presentation/d/15ZSV8svb_SD6kBOjGBTDXx1Q8qtn2SrvsjTn_00NKjU/edit)]. This expanded workshop will allow to give folks a hands-on experience in creating and running such zero-budget programs.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/NZLCWE/",
      "speakers": [
        {
          "name": "Asaf Bartov",
          "bio": "I am a longtime Wikimedia volunteer as well as Wikimedia Foundation program officer. I have built and deployed multiple tools on Toolforge (e.g. [Luthor](https://luthor.toolforge.org/)), have delivered dozens of in-person and online trainings (most recently, the comprehensive [Wikimedia Core Curriculum](https://learn.wiki/courses/course-v1:Wikimedia-Foundation+WMF_AGP000+2025/about) on the WikiLearn platform), and have attended all Wikimanias since Wikimania 2010 in Gdańsk.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/NNBB9R/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 663,
      "title": "تمثيل اللغات المحلية في مشاريع ويكيميديا",
      "track": "Community",
      "type": "Workshop (25 minutes)",
      "language": "ar",
      "room": "Ouest Room 🌐",
      "day": "2026-07-22",
      "start": "12:30",
      "duration": "00:25",
      "abstract": "تمثيل اللغات المحلية في مشاريع ويكيميديا Representation of Local Languages in Wikimedia Projects\r\nإن تقليص الفجوات اللغوية بتمثيل اللغات المحلية يعرف إشكالات عدة مرتبطة بالانتشار والتدوين، لذلك يأتي هذا العرض لإبراز التحديات التي تواجهها مثل عدم وجود معايير موحدة للكتابة /كتنوع كتابة الأصوات المنطوقة أو الاعتماد على طريقة تدوين اللغات المجاورة لها../ ومشاكل مرتبطة بكتابة المعجم الأجنبي وتنوع الخصوصيات اللغوية المحلية وتعددها، وإشكالية المراجع ونوعيتها..\r\n أقترح مناقشة هذه القضايا، وفي هذا الإطار أقترح مشاركة أفكاري التالية:\r\n-        تعزيز انتشار المقالات باللغات المحلية بوضع وصلات لها، في المقالات باللغات الممعيرة /خاصة إذا كانت الكلمة في اللغة المحلية اسم علم أو تم اقتراضها في اللغات الأخرى/، فبنقرة على الكلمة في المقالة باللغة الممعيرة نصل إلى المقالة باللغة المحلية...\r\n-        بما أنها لغات شفوية محلية اعتاد الناس على سماعها مع عدم الاعتياد على قراءتها أو صعوبة ذلك )أمام تعدد التنوعات اللغوية خاصة إذا كان الحيز الجغرافي الذي تمثله كبيرا، وتنوع طريقة وحروف تدوينها..( فدعمها بتسجيلات صوتية سيمكن من الإقبال عليها من طرف فئات عدة من المستخدمين، مع الحفاظ على الخصوصية الصوتية التي تضيع في كتابة غير ممعيرة مع ربط هذه الخصوصية بالثقافة المحلية.\r\n-        إنشاء وتطوير المقالات الواصفة لبنية اللغة المحلية وتعزيزها بالمراجع العلمية...\r\n\\-  ربط المقالات بويكي قاموس، إنه اقتراح عام يسعى لربط كلمات المقالات بويكي قاموس حيث بنقرة على الكلمة يتمكن القارئ من التعرف على معنى الكلمة أو حتى ترجمتها\\.\r\n \r\nملاحظة: يمكنني تقديم العمل أيضا بالفرنسية مع ترجمة المحتوى المعروض للغة الإنجليزية، لضمان وصول الفكرة بشكل أفضل للجمهور المتنوع ونظرا لما يمثله هذا العمل من أهمية لي ولمساري",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/EX793R/",
      "speakers": [
        {
          "name": "kadimi hasna",
          "bio": "**Hasna Kadimi             حسناء قاديمي**\r\nChercheuse doctorante marocaine en linguistique comparative et enseignante, Wikimédienne passionnée par les langues et l'éducation.\r\nActive dans l'enrichissement et la valorisation du contenu sur Wikipédia en arabe.\r\nA participé au \"WikiCamp Maroc 2025\" ainsi qu'à l'atelier \"Wikipédia Éducation\" au Maroc.\r\nCertifiée du programme \"*Lire Wikipédia en classe*\" (Reading Wikipedia in the Classroom).\r\nLangues: Arabe, Anglais, Français.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/C3CTS7/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 782,
      "title": "🥗 Lunch meetup: Raspberry Jam at Wikimania Paris 2026",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-22",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "Raspberry Jams are community-led events that happen all around the world. They bring together hobbyists, developers, teachers, students, and open-source enthusiasts to learn, share, and play with Raspberry Pi and will discuss how Raspberry Pi is used for **education, digital access, and open knowledge sharing** in resource-constrained settings. Lots of new hardware related initiation started other then Internet-in-a-Box so after successful Jam at Wikimania Nairobi we are super exited to host this at Paris.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/QB9GNL/",
      "speakers": [
        {
          "name": "Suyash Dwivedi",
          "bio": "Suyash Dwivedi (Username: Suyash.dwivedi) is an electronics engineer from India with over 25 years of experience in technology and hardware systems, and more than 12 years of active contribution to the Wikimedia movement (238,000+ edits since 2013). He focuses on strengthening language communities, visual documentation, and improving access to open knowledge.\r\nHe serves as Vice-Chair of the Commons Photographers User Group and the Affiliations Committee, supporting global community development, partnerships, and content initiatives. He is also part of the Core Organizing Team for international campaigns such as Wiki Science Competition and Wikipedia Asian Month.\r\nSuyash is an administrator and interface administrator on Fiji Hindi Wikipedia, Awadhi Wikipedia, and Fiji Hindi Wiktionary, contributing to the growth of underrepresented languages. His work bridges technology and Wikimedia through initiatives like Internet-in-a-Box, “Wiki’s Lazy Coders,” and hardware-based tools that support contributors in low-connectivity environments and promote documentation of cultural and linguistic diversity.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/8JMQUS/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 3490,
      "title": "Community Lightning talk series I",
      "track": "Community",
      "type": "Lightning talks series",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-22",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "The following Lightning talks will take place:\r\n\r\n1. [From Untold Stories to Strong Communities: User with Extended Right on the Fula (Fulfulde) Wikipedia](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/NA7ZMCCGBYNVQ7RYPRXKLEV8N33NRXY7) by Fulani215\r\n2. [How We Judge: Building Trust in Wikimedia Campaign Evaluation](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/QYB9EXF7MFJ8T8UBEAWTKPFX8XTHUNNW) by Dev Jadiya\r\n3. [Supporting the People Behind the Knowledge: How Wiki Project Med Uses Reciprocity to Sustain Volunteering and Engagement in Wikipedia](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/QBYAWE9RDLEL7GZXNARS7CTTARDUKFG3) by Anna Canatan and Chinthi Dissanayake\r\n4. [Women in Wikipedia: Armenia-Côte d’Ivoire](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/YJXWVPCVRVJMLAH8DFSSSGDJX3TYQDUZ) by Armineaghayan\r\n5. [The 72 women of the Eiffel Tower – inspiration for translations and beyond](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/XSZLSUDQAYJAGSC7J7PPD9ZK7BCKVNJM) by Ceryl Evans / MumphingSquirrel",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/YNSYQ3/",
      "speakers": [
        {
          "name": "Fulani215",
          "bio": "My name is Abdulkadir Abdulkadir (username: Fulani215). I am an administrator on the Fula (Fulfulde) Wikipedia and an active member of the African Admin Space, a platform that connects African users with extended rights to share experiences, discuss challenges, and strengthen Wikimedia communities across the continent. Since joining the movement, I have contributed to content development, community governance, and editor mentorship in underrepresented language projects. I regularly organize and chair monthly community meetups, facilitating discussions and training for local contributors. I have also delivered virtual presentations sharing best practices and lessons from the Fula Wikipedia, including being recognized as Local Admin of the Month under African Admin Space.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/S9SS3F/"
        },
        {
          "name": "Anna Canatan",
          "bio": "I joined WikiProject Med in 2024 through a partnership initiative, bringing prior professional experience as a translator and interpreter specializing in medical, pharmaceutical, and chemical fields. Since then, I have been an active contributor and project manager within the initiative, supporting multilingual medical content production and community coordination.\r\n\r\nIn my role, I have facilitated the translation and publication of approximately 296 medical articles across nine languages. This work involved coordinating volunteer translators, mentoring new contributors, supporting editorial processes, and liaising with experienced Wikipedia editors to ensure quality standards were met. I have also contributed directly to medical content development on Portuguese Wikipedia.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/D9MLDJ/"
        },
        {
          "name": "Armineaghayan",
          "bio": "Armine Aghayan-Flisch -  HR specialist and educator with a background in community work and cultural projects. I am also an amateur photographer and a long-time Wikipedian, interested in knowledge sharing, education, and cross-cultural collaboration.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/MWAANF/"
        },
        {
          "name": "Ceryl Evans / MumphingSquirrel",
          "bio": "My editing journey started in 2018 by reading about an interesting woman, ([Jeanie Dicks]( https://en.wikipedia.org/wiki/Jeanie_Dicks), who electrified Winchester Cathedral), Googling her and finding out that she didn’t have a Wikipedia page. This horrified me, so I went to a Wikithon to learn how to write her one, having never previously thought about how Wikipedia pages came about.\r\nI am a social history curator, specialising in community engagement and managing (UK) national heritage projects. My academic interests started in the medieval era and I learned to read academic French to access those sources. (I learned French in Wales, taught by a Liverpudlian, so my accent is embarrassing at best). During my career, my research interests have progressed through the centuries until I discovered late C19th/early C20th women in engineering and the wider scientific community. I started translating articles from French into English as an exercise to keep my brain functioning during the Covid lockdowns. \r\nI am a volunteer trainer for Wikimedia UK and a member of Women in Red and enjoy enthusing and enabling other people to get into wiki editing and showcasing the notable people they think should be featured. \r\nEditing Wikipedia - and training others how to - is my contribution to helping to ensure Freedom, Equity and Reliability in a world which seems keen to turn back the clock on the hard won rights for far too many people.\r\nMy one big rule: I won’t write about you until you are dead.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/BBTWR8/"
        },
        {
          "name": "Dev Jadiya",
          "bio": "Dev Jadiya (User:Dev Jadiya) from India maintains WhichTool, clip2commons and WikiScriptSync on Toolforge, and co-maintains Superset on Wikimedia Cloud VPS.\r\nHe is Liaison to the Volunteer Supporters Network, South Asia Outreach Lead for the WikiVibrance Project, and a core team member of WikiConference India 2026 and the South Asia Newsletter. He founded Wiki Open Learning and mentors in the EduWiki Hub Mentorship Programme.\r\nHe has served on five campaign juries across three continents - the International Juries for Wiki Loves Monuments 2025 and Wiki Loves Folklore 2026, national juries in India and the Philippines, and Wiki Science Competition 2025 in India, which he led.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/Q9NUXY/"
        },
        {
          "name": "Chinthi Dissanayake",
          "bio": "Volunteer Community Coordinator, Wiki Project Med Foundation",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3FUX9L/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 3414,
      "title": "Opening Ceremony featuring Wikimedian of the Year - viewing lounge with snacks and refreshments",
      "track": "Ceremonies and Showcases",
      "type": "Other",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-22",
      "start": "16:00",
      "duration": "02:00",
      "abstract": "Welcome to Wikimania 2026! The opening ceremony will be a dynamic, jam-packed event that celebrates both Freedom, Reliability and Equity as well as Wikipedia's 25th year as its central themes. The ceremony will include:\r\n\r\n* An opening video\r\n* A brief welcome from the Wikimania Steering Committee\r\n* Welcomes from the Core Organizing Team\r\n* Entertainment\r\n* Reflections from Bernadette Meehan, the Wikimedia Foundation CEO, on her journey [Around the puzzle globe](https://wikimedia.eventyay.com/redirect/?url=https%3A//meta.wikimedia.org/wiki/Wikimedia_Foundation/Chief_Executive_Officer/Around_the_puzzle_globe/en%3AZV5e1lFBfPQsctIA_noa85diZsMEFh6JGv4WOcA3vIg)\r\n* Wikimedian of the Year awards ceremony",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/XMLZPS/",
      "speakers": [],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 644,
      "title": "Le Libre et vous : et si on éditait le monde ensemble ?",
      "track": "Community",
      "type": "Panel (55 minutes)",
      "language": "fr",
      "room": "Est Room 🌐",
      "day": "2026-07-22",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "Une conférence en compagnie de Framasoft et de l'April pour comprendre pourquoi contribuer au libre, c’est un peu comme éditer Wikipédia…\r\nCes deux mousquetaires du Libre défendent, bidouillent et popularisent les logiciels libres depuis des années, avec un humour et une énergie qui feraient pâlir d’envie un article bien référencé.\r\nPourquoi venir ? Parce que si vous aimez Wikipedia, vous allez adorer découvrir comment ces trois acteurs rendent le numérique aussi ouvert, collaboratif et accessible que votre encyclopédie préférée. Et en prime, vous repartirez avec des astuces pour libérer un peu plus votre quotidien numérique.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/GKPLUW/",
      "speakers": [
        {
          "name": "Julie Chaumard",
          "bio": "Je suis administratrice de l'April depuis 1 an. Je participe aux conférences, ateliers et réflexions de l'April.\r\nJe dirige une agence digitale / web dans le domaine de la culture et des arts.\r\nJe suis web designeuse, web développeuse, architecte de l'information, ingénieure systèmes informatiques, professeur en informatique.\r\nJe suis co-réalisatrice de l'émission de radio \"Chemins de traverse\" sur la radio Cause Commune.\r\nJ'ai 52 ans et depuis 2015 j'ai eu 2 diplômes : Chef de projet en architecture de l'information à l'ENS de Lyon et un certificat de spécialisation \"Les technologies de l'information et de la communication dans les systèmes d'information documentaire\".",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/G77NRN/"
        },
        {
          "name": "Bookynette",
          "bio": "Présidente de l'April et membre de Framasoft. Je suis une geek malgré elle. N'étant pas informaticienne de formation, mais libraire, je m'efforce de faire circuler l'éthique et la philosophie du libre, de défendre les logiciels libres et de leur donner la priorité! J'essaie d'être active dans la communauté libriste et me balade partout en France et ailleurs pour réaliser mon Tour des GULL afin d'aller à la rencontre des acteurices du libre.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/9W7VJP/"
        },
        {
          "name": "Florent Zara",
          "bio": "Je suis impliqué dans la communauté du logiciel libre et open source depuis 1999. J'ai commencé par contribuer au site LinuxFr.org. Créé en 1998, c'est le site web francophone de référence dédié aux logiciels libres. Il aborde également des sujets tels que le DIY ou les données ouvertes. Avec plus de 1,2 million de visiteurs par mois, c'est une véritable institution gérée par des bénévoles et financée uniquement par des dons. J'en suis un membre actif depuis 2001, et désormais un des principaux contributeurs, modérateur et administrateur, ainsi que membre du conseil d'administration de l'association à but non lucratif qui gère le site. Côté Wikipédia, j'en suis un utilisateur très assidu et j'ai créé mon compte en 2004, avec quelques éditions anecdotiques. Je contribue financièrement chaque année lors de l'appel aux dons. À titre professionnel, je travaille au sein de la fondation Eclipse.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/JPKVAM/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 666,
      "title": "Tools that make Wikimedia Commons Contributions reliable and easy",
      "track": "Technology",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-22",
      "start": "11:00",
      "duration": "00:55",
      "abstract": "In this workshop participants will learn about some fresh tools, user scripts that make Wikimedia Commons Contributions reliable and easy, some of the tools user scripts are mainly focused on new comers, campaign organizers, and even for selecting good and relevant images to design graphics brochures etc. in this 90 min hands-on workshop duration, attendees will learn at least 5 new/useful tools.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/ANTU7K/",
      "speakers": [
        {
          "name": "Suyash Dwivedi",
          "bio": "Suyash Dwivedi (Username: Suyash.dwivedi) is an electronics engineer from India with over 25 years of experience in technology and hardware systems, and more than 12 years of active contribution to the Wikimedia movement (238,000+ edits since 2013). He focuses on strengthening language communities, visual documentation, and improving access to open knowledge.\r\nHe serves as Vice-Chair of the Commons Photographers User Group and the Affiliations Committee, supporting global community development, partnerships, and content initiatives. He is also part of the Core Organizing Team for international campaigns such as Wiki Science Competition and Wikipedia Asian Month.\r\nSuyash is an administrator and interface administrator on Fiji Hindi Wikipedia, Awadhi Wikipedia, and Fiji Hindi Wiktionary, contributing to the growth of underrepresented languages. His work bridges technology and Wikimedia through initiatives like Internet-in-a-Box, “Wiki’s Lazy Coders,” and hardware-based tools that support contributors in low-connectivity environments and promote documentation of cultural and linguistic diversity.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/8JMQUS/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 427,
      "title": "Social integration of the new generations: How do we turn casual editors into community leaders?",
      "track": "New Generations",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-22",
      "start": "12:00",
      "duration": "00:55",
      "abstract": "Many of our efforts revolve around attracting new editors or supporting long-time contributors. But are we doing the right things to a sufficient degree to support the journey from one end to the other? — Which onwiki and offwiki formats for casual editors are successful? How do we show appreciation for the engagement for the various roles in our movement? And how do we integrate new or young generations into established community groups the best?\r\n\r\nIn this workshop, community members will exchange their best practices for the social integration of new generations of users who have registered and casually edit but could turn into active community members or even leaders with the right support. After a brief introduction including the presentation of international examples, the participants will be invited to share their experiences either in a fishbowl format or in thematic groups about successful local formats and how they can be adapted to other contexts, about the roles within the local communities and movement activities and how the entry points can be easified, and about the ways of appreciation for any kind of participation in our movement and how we can make this more visible with a clear focus on new generations.\r\n\r\nThe participants of the workshop will leave the session with a bunch of new ideas on how to help their local communities try out new formats, clarify roles and value all kinds of participation in order to foster and thrive in a vivid and growing Wikimedia movement.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/WDV8LS/",
      "speakers": [
        {
          "name": "Martin Rulsch",
          "bio": "Martin Rulsch is project manager for communities & engagement at Wikimedia Deutschland. He supports local Wikimedia groups in their self-organized community rooms, connects volunteers on a global level and conducts community surveys. In his volunteer time, he does administrative tasks like fighting global vandalism and supports community governance and communications at various places.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/FUYMPH/"
        },
        {
          "name": "Merle (WMDE)",
          "bio": "Merle has been with WMDE since 2011 and works in community management. Her focus is on attracting new people to the movement and integrating them into the existing community.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/SDVCTR/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 226,
      "title": "🥗 Lunch meetup - Réunion des comités des bourses et programme 2026 : Évaluation des expériences",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "fr",
      "room": "Est Room 🌐",
      "day": "2026-07-22",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "DEUX RÉUNIONS EN UNE\r\n\r\nRéunion du comité des bourses : Évaluation des expériences.\r\nEspace d'échange entre l'équipe d'évaluation 2026 et les membres de la prochaine équipe. Synthèse des enseignements tirés, propositions d'améliorations et de changements.\r\n\r\nRéunion du comité programme : Évaluation des expériences.\r\nEspace d'échange entre l'équipe d'évaluation 2026 et les membres de la prochaine équipe. Synthèse des enseignements tirés, propositions d'améliorations et de changements.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/38YRSB/",
      "speakers": [
        {
          "name": "Trizek",
          "bio": "French Wikipedian since 2008, Wikimania 2026 Program co-lead.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/LTEBWM/"
        },
        {
          "name": "IvomarDos",
          "bio": "Je suis une militante et une cybermilitante uruguayenne, avec plus de 15 ans d'expérience dans la coordination politique et institutionnelle. Je fais partie du collectif Babel's d'interprétation bénévole pour les FSM depuis 2005. Je fais partie du collectif féministe cybermilitant @mediareduy et du collectif de linguistique féministe @indisciplinadxs avec lesquels je travaille sur la relation entre le langage, le genre et la sexualité. J'ai mis en place des réseaux d'hacktivistes en Amérique latine et travaillée dans la gestion publique et les organisations sociales pour promouvoir les logiciels libres. J'ai également organisé des activités de diffusion de Creative Commons, des logiciels libres, des réseaux libres et des hackathons. J'ai fait partie du Comité régional Amérique latine et Caraïbes et coordonné le comité des bourses de Wikimania 2026.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/RKJ38Q/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 548,
      "title": "WMF Board Election Reforms: Shaping the next Board selection cycle",
      "track": "Governance & Strategy",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-22",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "**The next WMF Board of Trustees selection cycle is scheduled to open in 2027, with four community-and-affiliate seats open. The WMF Board of Trustees is seeking community feedback on its plans for the 2027 Board selection process. This is an opportunity to engage directly with members of the Board as it evaluates the overall process and brings proposals for change. This session is intended to be interactive with the Board taking questions and feedback from participants on a proposal for change. The session may be broken into smaller groups for focused discussions.**",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/3U3HTQ/",
      "speakers": [
        {
          "name": "Chuck Roslof",
          "bio": "Principal Legal Counsel at the Wikimedia Foundation",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/DAYMC3/"
        },
        {
          "name": "Kathy Collins",
          "bio": "I am a Vice Chair of the Wikimedia Foundation Board of Trustees and Chair of the Audit Committee. I was appointed to the Board in December 2023.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3ET7UL/"
        },
        {
          "name": "Margo Lee",
          "bio": "Margo Lee, Deputy Chief of Staff, joined the Wikimedia Foundation in 2021 which began her involvement in the Wikimedia movement. In her role at the Foundation, she works closely with the Board of Trustees. She has extensive experience in nonprofit governance and working directly with Boards.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3EGHBE/"
        },
        {
          "name": "Maciej Nadzikiewicz / User:Nadzik",
          "bio": "My name is Maciej Nadzikiewicz, and I was part of the Wikimania 2024 Core Organizing Team. You may know me from a couple of different things:\r\n– Wikimedia Foundation Board of Trustees (since 2024)\r\n– Wikimedia Europe Board (2022–2024)\r\n– Wikimedia Poland Governance Board (2020–2022)\r\n– Polish Wikipedia sysop (2020–2024)",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/PCM8AQ/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 3413,
      "title": "Opening Ceremony featuring Wikimedian of the Year - viewing lounge with snacks and refreshments",
      "track": "Ceremonies and Showcases",
      "type": "Other",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-22",
      "start": "16:00",
      "duration": "02:00",
      "abstract": "Welcome to Wikimania 2026! The opening ceremony will be a dynamic, jam-packed event that celebrates both Freedom, Reliability and Equity as well as Wikipedia's 25th year as its central themes. The ceremony will include:\r\n\r\n* An opening video\r\n* A brief welcome from the Wikimania Steering Committee\r\n* Welcomes from the Core Organizing Team\r\n* Entertainment\r\n* Reflections from Bernadette Meehan, the Wikimedia Foundation CEO, on her journey [Around the puzzle globe](https://wikimedia.eventyay.com/redirect/?url=https%3A//meta.wikimedia.org/wiki/Wikimedia_Foundation/Chief_Executive_Officer/Around_the_puzzle_globe/en%3AZV5e1lFBfPQsctIA_noa85diZsMEFh6JGv4WOcA3vIg)\r\n* Wikimedian of the Year awards ceremony",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/JREMDP/",
      "speakers": [],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 395,
      "title": "Formations à ou avec Wikipédia dans les cursus universitaires (panel)",
      "track": "Education and Advocacy",
      "type": "Panel (55 minutes)",
      "language": "fr",
      "room": "Agora 🌐",
      "day": "2026-07-22",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "Panel \"Formations à ou avec Wikipédia dans les cursus universitaires\" : 3 présentations :\r\n\r\n1. [Wiki'IST](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/FFPE3UCAUCWPJNQ9PY9KEYMFYF9NL3MM) ;\r\n2. WikiMars (résumé ci-dessous) ;\r\n3. mésinformation & Wikipédia (en marge d'un poster) ;\r\n4. ([WikiSavoirs](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/YZUUNUEJCND7Q9ZXYRHDMWFZXQKJEDBL)) ;\r\n5. échanges avec le public.\r\n\r\nL'introduction de Wikipédia dans les cursus classiques d'enseignement universitaire ne va pas de soi. En effet, la majorité de ceux-ci sont basés sur un schéma disciplinaire, approche à laquelle Wikipédia est globalement perpendiculaire. Malgré cela, plusieurs dispositifs permettent divers types de formation :\r\n\r\n* au sein d'un cursus, unités d'enseignement dites d'ouverture ;\r\n* au sein d'unités d'enseignement disciplinaires, via un travail particulier.\r\n\r\nLa modalité présentée ici combine ces deux caractéristiques : une approche disciplinaire, mais donnée dans un cadre d'ouverture. À l'université Grenoble Alpes (France) où nous proposons cet enseignement intitulé \"Étoiles & planètes\" depuis maintenant plus d'une dizaine d'années, il n'existe pas de parcours de type \"planétologie\", ni \"astrophysique\", alors qu'au sein de l'Observatoire en Sciences de l'Univers\" (OSUG),, la demande de stages étudiant·e·s pour ces disciplines est, et à l'origine, était, forte. Le cadre que nous avons choisi est donc celui d'un module d'ouverture, proposé à toustes les étudiant·e·s de licence (1è à 3è année universitaire), enseignement sur 10 séances de deux heures, chacune donnée par un·e scientifique spécialiste du domaine (et bon vulgarisateurice), plus un travail collaboratif de synthèse bibliographique, dénommé « projet WikiMars », travaillé tout le semestre.\r\nCe travail, tutoré, est phasé en trois moments : formation du quadrinôme et choix de l'objet de la monographie ; recherche bibliographique et partage de connaissances ; mise en forme d'article pour **Wikipédia** (en zone de brouillon).\r\nEn 10 ans de réalisation sous cette forme, environ 800 étudiant·e·s ont ainsi été initiés à la contribution à Wikipédia.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/VGLFRK/",
      "speakers": [
        {
          "name": "Anais Liger",
          "bio": "Ingénieure pédagogique Université de Bordeaux.\r\nDigital learning manager.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/F77J8N/"
        },
        {
          "name": "Emmanuelle Floch",
          "bio": "Emmanuelle Floch est conservateur de bibliothèque depuis 1993. Après avoir exercé à la BU de Reims et de Brest, elle a rejoint la Direction de la Documentation (BU) de l’Université de Bordeaux en 2016. Elle y est responsable du service qui pilote les formations aux compétences informationnelles déployées pour l’ensemble des étudiants de l’université de Bordeaux, de la licence au doctorat, toutes disciplines confondues. Wikipédia étant une ressource informationnelle inscrite dans le Plan national de la Science ouverte, communément utilisée par les étudiants, le projet a germé de présenter cette ressource de façon active : le projet WIK’Ist (Wikipédia à l’université) est né en 2021. Présente depuis le début du projet, Emmanuelle Floch se positionne comme l’adjointe du chef de projet, Sébastien Peyrard. Sans être wikipédienne contributive, elle utilise Wikipédia au quotidien ; elle y puise informations et ouverture culturelle.  Ce projet lui a permis de mieux connaître l’outil, sa philosophie, son fonctionnement et de le promouvoir auprès des enseignants, des étudiants, de ses collègues et de ses proches en l’intégrant dans le mouvement de la connaissance ouverte.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/CRTC9X/"
        },
        {
          "name": "Éric Lewin",
          "bio": "* \\<https://fr.wikipedia.org/wiki/Utilisatrice:Eric.LEWIN/> si vous aimez les BUs :-)\r\n* Wikipédien de longue date, Wikiversitaire (département d'exogéologie), Vikidien.\r\n* Membre de la Cabale à la Noix, Grenoble (France) (jusqu'à son endormissement post-covidien :-( ; mais on est quelques uns à rester en veille…)",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/FNDKYN/"
        },
        {
          "name": "Jean-Michel Lapointe",
          "bio": "Jean-Michel Lapointe, ancien bibliothécaire et enseignant, est chargé de projets pédagogiques et numériques au Carrefour d’innovation et de pédagogie universitaire de l’Université du Québec à Montréal. Il participe au mouvement Wikimédia depuis 2014 et a siégé au conseil d'administration de Wikimédia Canada de 2018 à 2022. À la croisée de la bibliothéconomie, de l’éducation aux médias et à l’information et de la culture libre, il promeut l'utilisation pédagogique des projets Wikimédia dans l'enseignement supérieur au Québec et au Canada. Il a co-dirigé avec Marie D. Martel l’ouvrage collectif « Le mouvement Wikimédia au Canada : communautés, institutions et culture libre » (Presses de l’Université de Montréal, 2025), ouvrage traduit en anglais en 2026 chez Athabasca University Press.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/QFFXDR/"
        },
        {
          "name": "Pascale Dangoisse",
          "bio": "Pascale Dangoisse (PhD, Université d'Ottawa) est responsable de programme pour Wikimedia Canada, où elle travaille à une meilleure représentation des personnes historiquement marginalisées dans l'écosystème Wiki à travers différents projets, partenariats et programmes.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/NWQTBQ/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 481,
      "title": "AI and Wikipedia in Education: Opportunities, Ethics, and Equity in Practice",
      "track": "Artificial intelligence",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-22",
      "start": "11:00",
      "duration": "00:55",
      "abstract": "Artificial intelligence is rapidly reshaping how knowledge is created, accessed, and verified. In education spaces where Wikipedia already plays a vital role, AI tools present both powerful opportunities and complex challenges.\r\n\r\nThis panel brings together education program leaders working across different regions to examine how AI intersects with Wikipedia in formal and informal learning environments. How are educators integrating AI responsibly into Wikimedia assignments? How do we protect reliability while embracing innovation? What does equity look like when AI systems are trained on uneven global knowledge representation?\r\n\r\nPanelists will share practical experiences from their programs, including classroom integration, academic integrity concerns, bias mitigation, student skill development, and the evolving role of open knowledge in an AI-driven ecosystem. The discussion will also explore how Wikimedia communities can proactively shape AI conversations rather than react to them.\r\n\r\nParticipants will leave with practical considerations, ethical frameworks, and replicable approaches for engaging AI within Wikipedia-based education programs while upholding the movement’s values of openness, equity, and reliability.\r\n\r\n**Moderator**: Filip Maljkovic, Wikimedia Serbia.\r\n\r\n**Panelists**: LiAnna Davis (Wiki Education), Luisina Ferrante or Florencia Guastavino (Wikimedia Argentina), Jackeline Bucio García (National Autonomous University of Mexico), and Mohammad Hijjawi (Wikimedians of the Levant)\r\n\r\n**Related**: the Wiki AI pre-conference (full day, 21 July) explores AI tools for editing, reviewing and illustrating Wikimedia content - see [meta.wikimedia.org/wiki/Artificial_intelligence/2026_Wiki_AI](http://meta.wikimedia.org/wiki/Artificial_intelligence/2026_Wiki_AI)\"",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/BTK3XC/",
      "speakers": [
        {
          "name": "Filip Maljković / dungodung",
          "bio": "https://meta.wikimedia.org/wiki/User:Dungodung",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/MMJJE3/"
        },
        {
          "name": "Florencia Guastavino and Luisina Ferrante",
          "bio": "Florencia is responsible for the Wikimedia Argentina Education Program, designing and coordinating the activities carried out by the Program throughout the country. Previously, she worked as an Assistant in the same Program, so since 2018 she has been involved with the Wikimedia Movement, carrying out activities that combine education and Wikimedia projects. She trained as a Professor of Anthropological Sciences (FFyL-UBA) and took several postgraduate courses focused on the creation of teaching materials, online course design, and Artificial Intelligence from humanistic perspectives.\r\n\r\nLuisina studied History at the University of Buenos Aires. She completed her Master's Degree in Human Rights and Social Policies at the National University of General San Martín. Her thesis topic was the education of young people and adults in public and popular schools located in the Autonomous City of Buenos Aires. In 2022, she defended her doctoral thesis at the University of Barcelona. Her thesis topic was the use of Wikimedia projects as tools for teacher digital literacy in the context of the COVID-19 pandemic. Today, she is the head of the Communication Technologies department at the University of San Andrés, Buenos Aires, Argentina. She has been working at Wikimedia Argentina for 10 years and is currently the Program Director.\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/X8MTKT/"
        },
        {
          "name": "LiAnna Davis",
          "bio": "LiAnna Davis serves as the Chief Programs Officer and Deputy Director for Wiki Education, a U.S. nonprofit that works to make Wikipedia more accurate, representative, and complete.\r\n\r\nIn her work for Wiki Education, LiAnna oversees all of the organization's programmatic activities, including development, implementation, and evaluation. She joined the team that started the Wikipedia Student Program in 2010, helping grow it from a small pilot to a vibrant, scalable initiative in the United States and Canada that brings 19% of all new active editors to the English Wikipedia. Her work has enabled a small-but-mighty program to have global impact, diversifying the editor base and content on Wikipedia while adding high quality, fact-based information read by millions of people — all while teaching students critical digital media literacy skills needed to fight disinformation.\r\n\r\nShe supports global Wikipedia and education efforts by serving as chair of the Wikipedia & Education User Group, a collaborative of program leaders worldwide.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/MG3W3D/"
        },
        {
          "name": "Mohammad Hijjawi",
          "bio": "Mohammad Hijjawi is an AI Engineer and long-time Wikimedia contributor based in the United Kingdom. He has been an active Wikipedia editor since 2012 and serves as an active Ambassador for the Wikipedia Education Program in Palestine, supporting the integration of Wikipedia into higher education and empowering students to contribute to open knowledge.\r\n\r\nProfessionally, Mohammad designs and deploys production-grade Generative AI, LLM, and Retrieval-Augmented Generation (RAG) systems in enterprise and regulated environments. He currently works as a Data Scientist at EMCOR UK and serves as an AI Mentor in the University of Texas at Austin–Great Learning postgraduate AI program, where he teaches machine learning, NLP, and applied generative AI.\r\n\r\nWithin the Wikimedia movement, Mohammad has led AI-driven initiatives to enhance translation workflows, automate editorial processes, and improve content discovery through NLP pipelines and intelligent bots deployed on Wikimedia infrastructure.\r\n\r\nHe holds a Master’s degree in Data Science with High Distinction from the University of Birmingham as a Chevening Scholar. His work focuses on the ethical and equitable integration of AI in education, ensuring emerging technologies strengthen - rather than compromise - the values of openness, neutrality, and knowledge equity.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/FCNQG9/"
        },
        {
          "name": "Jackie Bucio",
          "bio": "As an advocate for open education, Jackie Bucio has spent over a decade integrating Wikipedia into higher education as a tool for authentic assessment and the liberation of knowledge. Within the #WikiUNAM community, she coordinates editathons and teacher training programs specifically designed to bridge the digital gap in Spanish-language content. Her work focuses on transforming students from passive consumers of information into active knowledge contributors, utilizing Wikipedia’s collaborative platform to foster essential research skills, critical thinking, and digital literacies. Recently, her projects have explored the intersection of Generative AI and open education, where she is developing \"Virtuous Circles\" that use AI-assisted tools to facilitate the understanding of academic sources to improve the quality and reach of Wikipedia in Spanish.\r\n[https://aiopeneducation.pubpub.org/pub/xdh3nr3r/release/5](https://aiopeneducation.pubpub.org/pub/xdh3nr3r/release/5)",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ZEZTQW/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 533,
      "title": "Wikidata MCP: Grounded SPARQL Query Generation",
      "track": "Artificial intelligence",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-22",
      "start": "12:00",
      "duration": "00:55",
      "abstract": "This session introduces the [Wikidata Model Context Protocol (MCP)](https://www.wikidata.org/wiki/Wikidata:MCP), a standardized set of tools that enables large language models (LLMs) to explore and query Wikidata programmatically. While many LLMs can produce syntactically correct SPARQL queries, they often lack a deeper understanding of Wikidata’s data model and domain-specific relationships. The MCP connects LLMs to the Wikidata API and the Wikidata Query Service, guiding them through structured workflows to support users in their research.\r\n\r\nA central component of this approach is the [Wikidata Vector Database](https://www.wikidata.org/wiki/Wikidata:Vector_Database), developed within the[ Embedding Project](https://www.wikidata.org/wiki/Wikidata:Embedding_Project). The vector database enables semantic search over Wikidata entities, supporting discovery beyond keyword search and graph traversal. By allowing models to identify conceptually related entities, semantic search provides contextual grounding before query generation.\r\n\r\nIn this session, we will present the Wikidata MCP and the Vector Database, demonstrate how to leverage language models to explore Wikidata and generate SPARQL queries, and show how this approach supports transparent, grounded responses while reducing hallucinations and misinformation.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/XKCYTF/",
      "speakers": [
        {
          "name": "Philippe Saade",
          "bio": "AI/ML project manager at Wikimedia Deutschland. With a background in Computer Science and specialization in Machine Learning and Deep Learning, particularly in the field of Natural Language Processing, he works at the intersection of linked open data and generative AI.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/HJS8PR/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 568,
      "title": "🥗 Lunch meetup - Asia Meetup: Strengthening Regional Collaboration Across Wikimedia Communities",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-22",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "The Asia Meetup at Wikimania brings together Wikimedia contributors, affiliates,\r\nand organizers from across Asia to strengthen regional collaboration, exchange\r\nbest practices, and identify shared challenges and opportunities. The session will\r\nprovide space for networking, lightning sharing, and future partnership building\r\nacross Asian communities. This meetup aims to foster cross-border cooperation\r\nand increase representation and visibility of Asian voices within the global\r\nWikimedia movement.\r\n\r\n<br>",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/7YR9T7/",
      "speakers": [
        {
          "name": "Betty2407",
          "bio": "Hi, My name is Betty Chang. I joined [Wikipedia Asian Month User Group](https://meta.wikimedia.org/wiki/Wikipedia_Asian_Month_User_Group \"Wikipedia Asian Month User Group\") as an executive director in July 2024.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7NBKEF/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 311,
      "title": "Table ronde: L'IA générative dans mes contributions Wikimédia : entre le permis, le toléré et le tabou",
      "track": "Artificial intelligence",
      "type": "Panel (55 minutes)",
      "language": "fr",
      "room": "Agora 🌐",
      "day": "2026-07-22",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "Avec la participation de:\r\n\r\n* [Miguel Tremblay](https://fr.wikipedia.org/wiki/Utilisateur:Dirac) (Dirac)\r\n* [Esprit Fugace](https://fr.wikipedia.org/wiki/Utilisateur:Esprit_Fugace)\r\n* [Cédric Tarbouriech](https://fr.wikipedia.org/wiki/Utilisateur:Lepticed7) (Lepticed7)\r\n* [Capucine-Marin Dubroca-Voisin](https://meta.wikimedia.org/wiki/User:Capucine-Marin_Dubroca-Voisin)\r\n* [Emmanuelle Guebo Kakou](https://fr.wikipedia.org/wiki/Utilisateur:Manouka) (animatrice)\r\n\r\n\r\nDepuis l'arrivée de ChatGPT, l'intelligence artificielle générative (IAg) transforme concrètement la manière de contribuer aux projets Wikimédia. Pourtant, son usage demeure mal compris, parfois discret, parfois controversé, souvent tabou. Cette présentation propose un retour d'expérience ancré dans la pratique : comment l'IAg peut être utilisée de façon responsable, efficace et conforme aux principes fondateurs de Wikipédia et de Wikidata.\r\n\r\nÀ partir d'exemples réels de contributions, j'expliquerai comment j'utilise l'IA pour :\r\n\r\n* assister la traduction et améliorer la clarté rédactionnelle,\r\n* structurer et enrichir des infobox et modèles,\r\n* générer ou adapter des scripts et bots,\r\n* préparer des séries d'imports avec QuickStatements sur Wikidata,\r\n* analyser et neutraliser des biais de point de vue,\r\n* accélérer la recherche de sources et la structuration d'articles complexes.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/JYRUSL/",
      "speakers": [
        {
          "name": "Capucine-Marin Dubroca-Voisin",
          "bio": "Wikimedia Europe board membre - Ex Wikimédia France chair",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/YBA9AF/"
        },
        {
          "name": "Cédric Tarbouriech",
          "bio": "Chair of Wikimedia France, Wikimedian.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/GGQS7L/"
        },
        {
          "name": "Esprit Fugace",
          "bio": "I was a science student when I arrived on Wikipedia (in French) for the first time. Twenty years later, no longer a student, still on Wikipedia, though it changed a lot from its beginnings!",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/QTHDGQ/"
        },
        {
          "name": "Miguel Tremblay",
          "bio": "Miguel Tremblay (Dirac) est physicien et contributeur à l'écosystème Wikimédia depuis mai 2003. Physicien de formation, il a travaillé à Environnement et Changement climatique Canada dans des domaines liés aux données ouvertes, à la modélisation atmosphérique et aux marchés du carbone. Il travaille aujourd'hui comme intégrateur d'IA dans le domaine du design électrique.\r\n\r\nIl cumule plus de 16 000 contributions sur la Wikipédia francophone, a créé 183 articles et importé plus de 600 images. Il contribue également à Wikidata, où il est le fondateur et animateur du WikiProject sur les observations météorologiques, ainsi qu'à Wikimedia Commons. Il est le dresseur de RCRefBot, qui corrige les références Wikipédia de Radio-Canada, et participe au projet Les sans pagEs pour combler le fossé des genres sur Wikipédia. Il documente publiquement comment il utilise l'IA générative comme outil d'assistance dans son travail éditorial.\r\n\r\nIl a rédigé le chapitre sur les gouvernements ouverts dans l'ouvrage collectif *Le mouvement Wikimédia au Canada*, publié aux Presses de l'Université de Montréal. Il a également co-animé des ateliers Wikidata avec CAPACOA dans le cadre de l'initiative Un avenir numérique lié pour les arts de la scène.\r\n\r\nBasé au Québec, il s'intéresse aux enjeux de représentation des francophones hors France dans Wikipédia.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/JW3HH7/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 3415,
      "title": "Opening Ceremony featuring Wikimedian of the Year - quiet room",
      "track": "Ceremonies and Showcases",
      "type": "Other",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-22",
      "start": "16:00",
      "duration": "02:00",
      "abstract": "Welcome to Wikimania 2026! The opening ceremony will be a dynamic, jam-packed event that celebrates both Freedom, Reliability and Equity as well as Wikipedia's 25th year as its central themes. The ceremony will include:\r\n\r\n* An opening video\r\n* A brief welcome from the Wikimania Steering Committee\r\n* Welcomes from the Core Organizing Team\r\n* Entertainment\r\n* Reflections from Bernadette Meehan, the Wikimedia Foundation CEO, on her journey [Around the puzzle globe](https://wikimedia.eventyay.com/redirect/?url=https%3A//meta.wikimedia.org/wiki/Wikimedia_Foundation/Chief_Executive_Officer/Around_the_puzzle_globe/en%3AZV5e1lFBfPQsctIA_noa85diZsMEFh6JGv4WOcA3vIg)\r\n* Wikimedian of the Year awards ceremony",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/PHF9QG/",
      "speakers": [],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 3700,
      "title": "PLEASE NOTE: \"Three things about Wikimedia that even experienced Wikimedians might not know\" has been moved to Est, 12:00 Thursday",
      "track": "Unspecified",
      "type": "Other",
      "language": "en",
      "room": "Room C+D (in-person only)",
      "day": "2026-07-22",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "To accommodate a larger audience, \"Three things about Wikimedia that even experienced Wikimedians might not know\" has been moved to Est Room, 12:00pm on Thursday",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/PBEVTV/",
      "speakers": [],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 658,
      "title": "Writing contests with prizes, a way to exchange knowledge with distant countries - the Italian collaboration with Persian and Russian communities",
      "track": "Community",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Room C+D (in-person only)",
      "day": "2026-07-22",
      "start": "12:00",
      "duration": "00:55",
      "abstract": "Italian and Persian language Wikipedia communities organized [a collaboration in 2025](https://meta.wikimedia.org/wiki/Iran-Italy_Wiki_Collaboration), it was a one month writing contest editathon in which we would write new articles in Italian about Iran, and new articles in Persian about Italy, with books as prizes for the top editors. This collaboration was a great success, so the Italian community replicated it this year [with the Russian community](https://meta.wikimedia.org/wiki/Italy-Russia_Wiki_Collaboration). The format was the same, so the object of the new articles were again out respective countries. This kind of bilateral collaborations could be easily replicated by other communities, especially ones with an established chapter or usergroup, but even in it's absence (both Iran and Russia have severe issues about this). We want to share what worked and what didn't, and help Wikimedia communities to open themselves to the rest of our global movement.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/FKGTAL/",
      "speakers": [
        {
          "name": "Darafsh",
          "bio": "Darafsh",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/WDN9MM/"
        },
        {
          "name": "Phyrexian",
          "bio": "Wikipedian since 2008. I mostly volunteer on Italian Wikipedia, where I'm sysop since 2014. I also upload a lot of personal pictures on Commons, and edit Wikidata and, occasionally, other language wikis or sister projects.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/9UP3BG/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 996,
      "title": "🥗 Lunch meetup: WikiMed Hardware Donation Program",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Room C+D (in-person only)",
      "day": "2026-07-22",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "We at Wiki Med are relaunching the hardware donation program and have 10 laptops to distribute to Wikipedians at Wikimania. This event is open to all who are interested in helping expand the effort.\r\n\r\nWe currently have partnered with two organizations Turing Trust and PCs for People regarding getting low cost second hand laptops",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/7FUCW3/",
      "speakers": [
        {
          "name": "Doc James",
          "bio": "James Heilman is a Canadian emergency physician, Wikipedian, and advocate for the improvement of Wikipedia's health related content. He is a founder and current board chair of Wiki Project Med Foundation, a movement thematic organization.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/DYEQSU/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 384,
      "title": "Des REL/OER (Open Educational Resources) pour les systèmes éducatifs nationaux",
      "track": "Education and Advocacy",
      "type": "Workshop (55 minutes)",
      "language": "fr",
      "room": "Room C+D (in-person only)",
      "day": "2026-07-22",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "Le programme Éducation de Wikimedia CH poursuit un objectif ambitieux : mettre à la disposition des enseignant·e·s et des élèves des ressources éducatives libres (REL, en anglais *Open Educational Resources*), accessibles sur les principales plateformes en ligne du système éducatif suisse. Cet atelier présentera les initiatives développées en Suisse, susceptibles d'inspirer d'autres pays.\r\n\r\nEn cohérence avec les plans d'études nationaux consacrés à l'éducation numérique, ces REL familiarisent les élèves avec des thématiques essentielles : la culture numérique, la production de connaissances référencées, la vérification des fausses informations, la philosophie du wiki et de l'open source (dimension éthique), la résilience démocratique et les enjeux liés à l'intelligence artificielle.\r\n\r\nLa réussite d'un tel projet repose sur une coopération étroite avec les principaux organismes éducatifs, la conclusion de nombreux partenariats et une approche coordonnée à chaque niveau de la formation, initiale comme continue. L'atelier montrera comment le programme a relevé ces défis dans le paysage complexe de la formation suisse, marqué par son système fédéraliste et ses quatre langues nationales.\r\n\r\nDans le cadre de ce projet pilote, les REL seront d'abord publiées en allemand, puis traduites en français, en italien et en anglais, avant d'être mises à la disposition de l'ensemble de la communauté wiki.\r\n\r\n**Rejoignez-nous pour découvrir comment la Suisse construit, pas à pas, une éducation numérique libre et multilingue !**",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/UGJY9P/",
      "speakers": [
        {
          "name": "Clara Wiest (WMCH)",
          "bio": "Clara est Advocacy Manager chez Wikimedia CH. Elle s'occupe notamment de nouer et de renforcer les partenariats avec des acteurs clés en Suisse et à l'étranger.\r\nElle a rejoint WMCH en 2023 et a d'abord travaillé dans les domaines de la communication et de la collecte de fonds.\r\nClara est également doctorante à l'Institut d'anthropologie sociale et culturelle de l'université Goethe de Francfort, où elle mène des recherches sur les liens entre légendes contemporaines, infrastructures et politique.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3BK8LU/"
        },
        {
          "name": "Jean-Marc Wyss (WMCH)",
          "bio": "Jean-Marc Wyss , né en 1979 à Lucerne (Suisse)\r\n\\- Master en sociologie\\, histoire d'art et philosophie à l'université de Bâle \\(2001\\-2010\\)\r\n\\- Volontariat dans le dévélopement de ville à Zug ville \\(2011\\-2012\\)\r\n\\- Collaborateur scientifique à l'Haute école de Lucerne dans le domaine du travail social \\(animation socio\\-culturelle\\) \\(2013\\-2016\\)\r\n\\- Collaborateur scientifique à l'Haute école de Berne dans le domaine de l'art \\(conservation & restauration\\) \\(2013\\-2016\\)\r\n\\- Responsable culturel de la commune d'Allschwil \\(2016\\-2023\\)\r\n\\- Wikimedia CH \\- Lead Education Programme \\(2024 \\- aujourd'hui\\)",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/JFZRSX/"
        },
        {
          "name": "Vivian Epiney (WMCH)",
          "bio": "Alongside my almost 20 years (and counting) as a primary school teacher, I joined the team at **Wikimedia CH** to look after projects for education, and **HEP Valais** to lend a hand with digital education training.\r\n\r\n​In 2016, I launched *Le Dico des Ados*, a collaborative dictionary written by kids that currently hosts over 6,700 definitions. The rest of the time, I tinker with stuff for schools, anything from coding moderation bots to designing gamified webapps. In short, I make tools for the classroom.\r\n\r\n***\r\n\r\nEnseignant en primaire depuis bientôt 20 ans (et toujours avec un pied dans l'enseignement) j'ai rejoint l'équipe de **Wikimedia CH** pour m'occuper des projets éducatifs, et la **HEP Valais** pour donner un coup de main sur la formation en éducation numérique.\r\n\r\n​En 2016, j'ai lancé *Le Dico des Ados*, un dictionnaire collaboratif écrit par les jeunes qui compte aujourd'hui plus de 6 700 définitions. Le reste du temps, je bidouille des trucs pour les écoles : ça va des bots de modération à la conception de webapps. Bref, je fais des outils pour le terrain.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/QVY9CH/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 710,
      "title": "How to Use Wikipedia Offline: Offline Access Tools and Use Cases",
      "track": "Technology",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-22",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "This session will show you how to get to and use Wikipedia and other Wikimedia resources without an internet connection. When the internet goes down, learning shouldn't stop. It is especially important in places where electricity isn't always reliable, internet access is limited, mobile data is expensive, learning is done remotely, or there is censorship.\r\n\r\nYou'll learn how to use offline tools like Kiwix to download and access all or part of Wikimedia content. No signal? No problem. We'll walk through how to install and use these tools on Windows, Android, Mac, and iOS devices. You'll also learn how to work with ZIM files, including how to download, store, and share them easily. Additionally, we'll explore other offline resources and simple methods for saving and reading individual articles offline, giving you a complete toolkit for offline access.\r\n\r\nKnowledge should be available even when the internet is not. We'll explore real-world examples from Africa and other parts of the world that show how offline Wikipedia has made a difference in schools, during disasters, in prisons, and in remote communities. These stories demonstrate that access to knowledge can truly change lives.\r\n\r\nThis session is for Wikimedians, educators, and anyone who supports free knowledge, especially those living in areas with limited or no internet access. You don't need technical experience to participate. If you're curious about practical solutions, you're welcome here. Bring your questions. Share your experience. Let's make knowledge accessible everywhere.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/VTNXLH/",
      "speakers": [
        {
          "name": "Joshua Salazar",
          "bio": "Activist and scientist. Joshua got involved with the Wikimedia Community after starting science communication activities in rural zones of Ecuador. Through the usage of e-waste and free software tools, like old CRT TV screens and Kiwix software, constructed the first OfflinePedia device. Hence, demonstrating the proof-of-concept that a simple cheap full-fledged computer can be build out of any old computer for being donated to vulnerable populations for educational purposes. Since 2019, OfflinePedia devices have been donated to more than 20 different communities between Ecuador, and also replicated by volunteers in Mexico. Currently, he is studying his PhD in Micromagnetics at the University of Vienna.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/P3HZFW/"
        },
        {
          "name": "Kate Kifa",
          "bio": "Wikimedia projects contributor, Wikipedia editor and speaker. Elected board member of [Wikimedia Ukraine](https://wikimania.wikimedia.org/wiki/Wikimedia_Ukraine) (since 2025). Member of WikiOrchestra and WikiChoir. Organizing committee member of [(Un)Known Women on Wikipedia](http://she.wikimedia.org.ua/), 2024-2026.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/GDXABL/"
        },
        {
          "name": "Maxwell Beganim",
          "bio": "Offline Advocate",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3X8CVX/"
        },
        {
          "name": "Stephane @Kiwix",
          "bio": "Stephane is the *other* Kiwix guy, making sure that whoever is planning to deploy content offline - be it Wikipedia or any other offline-compatible content- can do so.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/TQ8BRW/"
        },
        {
          "name": "Tim Moody",
          "bio": "Upon completion of his formal education, which focused on Asia and India in particular, Dr. Moody discovered a penchant and a proclivity for technology. He served as a Principal Consultant for Sybase, founding professional services groups first in Canada and subsequently in a number of Asian countries. As a serial entrepreneur he went on to co-found two software professional services firms of his own in Toronto.\r\n\r\nAfter retiring from active participation in his companies, Dr. Moody became engaged with the Internet in a Box project as a volunteer serving as an architect, lead developer, and evangelist. He continues to support IIAB projects and to speak at various conferences on providing the offline internet to those who lack an internet connection.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/CXFZ9J/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 436,
      "title": "Wikipedia Mobile Apps: THE destination for knowledge lovers in a mobile-first world",
      "track": "Technology",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-22",
      "start": "11:00",
      "duration": "00:55",
      "abstract": "Attendees to this interactive session will explore recent and upcoming innovations on the Wikipedia apps. Mobile Apps team members will provide a brief introduction: explaining how mobile apps fit into the larger reader strategy, demographic insights of Wikipedia app users (e.g. Country and Language) and sharing a few examples of recent experiments that measurably moved the needle for readers vs those that did not.\r\n\r\nThen workshop participants will form small groups and pick from a list of early stage ideas via dot voting and collaboratively build out the concept (vibe coding, live designing, story boarding).. Each group will give their creation a score of impact and reasoning and share it with the wider group. Participants will also have the opportunity to add other reader focused ideas to the team’s backlog. The session will demonstrate the unique capabilities of rapid native mobile app development, surface community perspectives on how the apps can better capture and retain new generations of learners on mobile devices.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/WEYSSN/",
      "speakers": [
        {
          "name": "Haley Nordeen",
          "bio": "I am currently working as a Product Manager on the Mobile Apps Team at the Wikimedia Foundation. We are focused on improving reader retention by building engaging and useful features for the Wikipedia Apps.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/GC77ST/"
        },
        {
          "name": "Jaz Tanner",
          "bio": "I've been working for the Wikimedia Foundation since 2018. I'm the Lead Product Manager for the Apps team. Previously, I worked as the Technical Program Manager for the Editing, Growth and Web teams.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/SLPVMZ/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 216,
      "title": "Wikisource Reader App - how it works and what you can do",
      "track": "Technology",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-22",
      "start": "12:00",
      "duration": "00:55",
      "abstract": "[Wikisource Reader App](https://meta.wikimedia.org/wiki/Wikisource_reader_app) is a recently developed free and open e-book reading application for Android users currently [available on Google play store](https://play.google.com/store/apps/details?id=org.cis_india.wsreader). It utilizes the power of Wikidata to fetch readily available books from the free and open digital library of Wikisource projects and provides a clean interface with pleasant reading experience to its users. In the first half of the session, there will be a live demonstration showcasing the different features of the app. In the second half of the session, the participants will learn to enrich bibliographical data on Wikidata according to the FRBR model with understanding of the mandatory criteria required in those Wikidata items for a Wikisource content to be included in the app through a brief hands-on Wikidata workshop. The entire session is intended to be interactive in nature with an aim to gather feedback from the participants and share insights with each other. Hopefully, by the end of the session, the participants will be able to improve data of a few more books for the app and there will be at least one new language Wikisource project ready for the next release.\r\n\r\nUseful links:\r\n\r\n* [Google Play Store: download and install the Android version](https://play.google.com/store/apps/details?id=org.cis_india.wsreader)\r\n* [GitHub repo: Contribute to the code](https://github.com/cis-india/Wikisource-Reader)\r\n* [Phabricator workboard: Submit feature requests and report for bugs](https://phabricator.wikimedia.org/project/board/8233/query/all/)\r\n* [WikiProject Books: FRBR bibliographic data model](https://www.wikidata.org/wiki/Wikidata:WikiProject_Books)\r\n* [WSindex API: Fetch bibliographical data from Wikidata](https://wsindex.toolforge.org/books/)\r\n* [Translatewiki: Translate the app interface in your language](https://translatewiki.net/wiki/Translating:Wikisource_Reader)\r\n* [Meta-wiki: Read project documentation](https://meta.wikimedia.org/wiki/Wikisource_reader_app)\r\n* [Website: Know more about the app](https://cis-india.github.io/wikisource-reader-app/)",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/XRFLWP/",
      "speakers": [
        {
          "name": "Bodhisattwa",
          "bio": "Bodhisattwa is in the Wikimedia movement for last 14 years. He has been spending most of his times for the last few years around bibliographical contents on Wikisource, Wikimedia Commons and Wikidata. He has been working with like minded volunteers to explore and integrate the power of Wikidata into different aspects of Bangla Wikisource and help build impactful tools around that to improve its workflow in a smart way. He also regularly provide necessary support to initiate and run a few collaborative GLAM partnerships, including the Two Centuries of Indian Print project of the British Library, aiming to enrich the literary and cultural heritage of his language and region.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/9DLNFY/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 721,
      "title": "🥗 Lunch meetup: Art+Feminism Lunch",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-22",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "Meet with other Art+Feminism community members and hear about the latest from Art+Feminism.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/8GS3DN/",
      "speakers": [
        {
          "name": "Celestine",
          "bio": "Ghanaian researcher, digital media, communications, and open knowledge professional known for her work in international nonprofit, digital media, and Wikimedia ecosystems. She currently serves as a leadership team adviser with Art and Feminism, where she contributes to efforts related to policy building, annual campaign programming, strategic planning, budget, and grant writing. She also serves as the Regional Editor for Sub-Saharan Africa at Global Voices, where she works with contributors across the region to shape editorial direction, strengthen storytelling, and bring locally grounded perspectives to global audiences.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/HWPFRV/"
        },
        {
          "name": "kiraface",
          "bio": "Kira Wisniewski (she/her) is a community-centered organizer with expertise in nonprofit operations, events, and creative capacity building. She is the Executive Director of Art+Feminism and the host and co-organizer of CreativeMornings/Baltimore. She co-founded 826DC, serves as an Awesome Foundation Baltimore trustee, and helps lead the run crew A Tribe Called Run. Born in South Korea and raised in Florida, she has proudly called Baltimore home since 2012.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/DAQANL/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 809,
      "title": "Wikipedia Sensitivity Meter - New tool to monitor disinformation risk on Wikipedia",
      "track": "Technology",
      "type": "Workshop (55 minutes)",
      "language": "fr",
      "room": "Room 2",
      "day": "2026-07-22",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "Les tentatives de manipulation de l’information sont de plus en plus sophistiquées sur Wikipédia et dans la presse. Les affaires [Pravda](https://checkfirst.network/pravda-network-worldwide-expansion-and-llm-wikipedia-pollution/),[ Avisa Partners](https://fr.wikipedia.org/wiki/Avisa_Partners) et [Wikizédia](https://fr.wikipedia.org/wiki/%C3%89ric_Zemmour#Tentative_de_manipulation_de_Wikip%C3%A9dia_par_ses_%C3%A9quipes) montrent que les agences étrangères ou de communication montent en compétence et en coordination sur Wikipédia. En revanche le nombre de patrouilleurs actifs est passé de 300 à 200 sur Wikipedia en Français. Avec l’arrivée de l’IA, de nouveaux outils sont nécessaires pour renforcer la communauté et réduire les risques d’épuisement des patrouilleurs.\r\n\r\n[Opsci.ai](http://opsci.ai), en collaboration avec [WMFr](https://www.wikimedia.fr/), a donc développé [Wikipedia Sensitivity Meter](https://wikisensimeter.disinfo-prompt.eu/), un outil pour mesurer le risque qu’un article comporte de la désinformation. Ce score étudie trois groupes de métriques sur un article donné :\r\n\r\n* Pics d’activité\r\n* Comportement des contributeurs et contributrices (notamment les faux nez déjà listés par la communauté)\r\n* Qualité, notamment la solidité des sources référencées dans l’article\r\n\r\nCes métriques permettent de suivre l’apparition d’anomalies ou de signaux faibles de désinformation. À terme nous aimerions adapter l’outil pour qu’il tourne en arrière plan sur certaines parties oubliées de Wikipédia : de nombreux articles ne sont jamais patrouillés, et WSM pourrait faire remonter des alertes pour attirer l’attention de la communauté sur des articles à risque.\r\n\r\nEnglish TLDR : disinformation attempts on Wikipedia are getting increasingly clever and common while the number of users with extended rights is going down on a few linguistic versions. This tool aims to give wikimedians risk signals on specific articles based on three criteria : heat, behaviour and quality. Come try it.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/YWXSGW/",
      "speakers": [
        {
          "name": "Philippe Saadé",
          "bio": "2018 - 2024 : chargée de mission francophonie et diversité\r\nCheffe de projet Lingua Libre (coordination maintenance technique et déploiement communautaire), projet Wikipédia à l'Université de Guyane, collaboration avec les sans pagEs, structuration de WikiFranca en association, coordination des mois de la contribution francophone 2019 et 2020, organisation des Wikiconventions Francophones 2018, 2019, 2021 (en ligne), et 2022.\r\n\r\n2024-2026 : responsable communauté en ligne\r\nPatrouilles conf, Admin conf, outil de soutien psychologique, projet ENO prompt, Live RC 2.0 (interrompu), coordination Wikimania 2026.\r\n\r\nThématiques d'intérêt : résilience et santé des communautés wikimédiennes, diversité et équité, fiabilité de l'information / désinformation, articulation des projets avec l'intelligence artificielle, future des communs numériques.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/8LRWEN/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 702,
      "title": "Start your own Wiki Game Jam",
      "track": "Education and Advocacy",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-22",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "Wiki Game Jams are workshops during which game makers and Wikimedians come together to build games and interactive art powered or inspired by Wikipedia and its sister projects. In the tradition of serious and civic games, WikiGameJams help expand audiences of Wikipedia by providing access to knowledge in a different format, raise awareness of Wiki projects and even support certain editing tasks.\r\n\r\n<br>\r\nThis workshop aims at equipping other movement organizers and volunteers with the skills for running their own WikiGames events, either focused on digital or physical games, and on creation, further development or community engagement through games. It will present the WikiGameJam 2025-26 events series in the United States, a typology of the games created, a toolkit for planning your own, and support participants in making plans for hosting their own.\r\n\r\n<br>\r\n**About Wiki Game Jam**: an initiative from Wikihaus, Wikigamejam events bring together audiences, Wikimedians, developers and designers to envision playful way to engage with and in building knowledge - and wiki projects. Wikigamejam.org",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/RYZWYB/",
      "speakers": [
        {
          "name": "Azeusss",
          "bio": "I make games with Wiki Data. My goal is to discover new ways of interacting with Wikimedia for a variety of users. Some of my games include Wiki Famous, Wiki Length and Wiki Trendle.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/U8CVV3/"
        },
        {
          "name": "E_mln_e",
          "bio": "E\\_mln\\_e is a designer and movement organizer for the Bay Area Wikipedians User Group.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/VRESDL/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 228,
      "title": "New Frontiers in Higher Education Wiki Collaboration",
      "track": "Education and Advocacy",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-22",
      "start": "11:00",
      "duration": "00:55",
      "abstract": "How might we transform a university’s course catalog, expert faculty, and multimedia archives into a global public good through the Wikimedia ecosystem?\r\nThis panel explores formal, institutional-scale collaborations that move beyond traditional classroom or departmental-level projects in higher education. We feature an array of emerging approaches and examples, such as from MIT OpenCourseWare (OCW), University of the Basque Country, and others. These initiatives might be framed as an evolution of traditional Wikimedian-in-Residence and GLAM-Wiki models, extending those proven frameworks of institutional partnership to a university-wide scale.\r\nA focus is the shift toward a \"multimedia-first\" strategy. By integrating video lectures and course materials into Wikimedia Commons, partnerships go beyond text to bridge critical gaps in climate science, technology history, and women's history.\r\nThe session will address critical issues of this type of collaboration:\r\n\r\n* Community Integration: Navigating the social and technical challenges of high-volume, automated contributions across multilingual projects.\r\n* The Multimedia Shift: Transitioning a text-centric culture to effectively host, curate, and search complex digital assets like video and structured metadata.\r\n* Sustainability: Moving from isolated, project-based \"edit-a-thons\" to permanent models that align with a university’s core mission of knowledge dissemination.\r\n\r\nHistorically, university engagement has been siloed within departments or library collections. This interactive session invites the GLAM, education, and multimedia communities to help shape a new model of engagement that respects the volunteer-led spirit of the movement while amplifying the reach of specialized academic knowledge to billions.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/RBRBX9/",
      "speakers": [
        {
          "name": "Aiora",
          "bio": "My name is Aiora Mujika and I'm from the Basque Wikimedians User Group. Since 2018, I've been working mainly on education and communication projects, and I currently coordinate the educational video platform called Ikusgela.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/LT8US7/"
        },
        {
          "name": "Andrew Lih",
          "bio": "Andrew Lih has been a contributor to Wikipedia since 2003 and serves as an administrator on both the English Wikipedia and Wikidata. He is the author of The Wikipedia Revolution (2009), a chronicle of the platform’s early history and growth.\r\n\r\nHe has played a leading role in fostering collaboration between the Wikimedia community and cultural heritage institutions. In the United States, he currently serves as Wikimedian at Large at the Smithsonian Institution, the world’s largest museum and research complex. He previously worked as a Wikimedia strategist at The Metropolitan Museum of Art, helping to integrate its open access collections into Wikidata and Wikimedia Commons.\r\n\r\nIn 2024, he led the GLAM CSI (Contributor Study Initiative) project at the Smithsonian, funded by the Wikimedia Foundation, to analyze and improve the technical contribution workflows and document key user experiences within the GLAM Wiki community. In recognition of his contributions, he was named one of the first Wikimedia Laureates in 2022 for his lifetime work in advancing the Wikimedia movement.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/F7PMM8/"
        },
        {
          "name": "Curt Newton",
          "bio": "Curt Newton leads MIT OpenCourseWare in supporting millions of global learners and educators every year with freely shared materials from over 2,500 MIT courses. He joined MIT OpenCourseWare in 2004, shortly after its launch, captivated by the promise of open education, and worked as a Publication Manager and Site Curator prior to becoming Director in 2018. He is also a recognized leader in building more effective and equitable climate action through open knowledge practices and resources, at MIT and around the world, through a wide range of professional and civic engagements.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/UXW3MV/"
        },
        {
          "name": "Florenciac",
          "bio": "Florencia Claes is a Senior Lecturer at [Rey Juan Carlos University](https://servicios.urjc.es/pdi/ver/florencia.claes). She is the principal investigator of the Wikipedia [InnovaWiki Consolidated Teaching Innovation Group.](https://innovawiki.es/) She belongs to the high-performance research group in Communication and Digital Culture [Ciberimaginario](https://ciberimaginario.es/). Since 2021, she has been the Academic Coordinator of Free Culture at URJC ([OfiLibre](https://ofilibre.urjc.es/en/)). A Wikipedian since 2009, she carries out teaching projects with Wikipedia and the Wikimedia environment in the university classroom.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/U3EVQD/"
        },
        {
          "name": "Galder Gonzalez",
          "bio": "Executive Director of the Basque Wikimedians User Group, long-term Wikimedian. I contribute mostly to Basque Wikipedia, and I'm active in Wikidata and Wikimedia Commons. Interested on education and innovation, especially multimedia and interactivity.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/WASEBY/"
        },
        {
          "name": "Peter B. Kaufman",
          "bio": "Peter B. Kaufman is Associate Director of Development at MIT Open Learning. He is the author of [THE NEW ENLIGHTENMENT AND THE FIGHT TO FREE KNOWLEDGE](https://new-enlightenment.pubpub.org/) (2021) and [THE MOVING IMAGE: A USER'S MANUAL](https://direct.mit.edu/books/oa-monograph/5919/The-Moving-ImageA-User-s-Manual) (2025) and the founder and executive producer of [Intelligent Television](https://www.intelligenttelevision.com/). He is a 2025-2026 visiting fellow at the [Institute for Human Sciences in Vienna](https://www.iwm.at/fellow/peter-b-kaufman), where is working on a new book called THE FIFTH ESTATE: A NEW SOURCE OF POWER IN A WORLD GONE BERSERK.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/QBXNZB/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 457,
      "title": "Educators and researchers, get on with Wikiversity!",
      "track": "Education and Advocacy",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-22",
      "start": "12:00",
      "duration": "00:55",
      "abstract": "Are you an educator or researcher? Do you miss having an open, cross-institutional, multi-lingual collaborative space for hosting and collaborating on your classes or research? A space integrated with Wikipedia and the Commons, and where all materials are set to be free-as-in-freedom?\r\n\r\nIn this workshop we'll show you how to organize a course or research project on this unique Wikimedia project dedicated to supporting educators and researchers in their work. Through examples from of over a decade of experiences from users of Wikiversities in different languages, we'll guide participants to, by the end of the session, have their own personal pages and those for their courses or research projects set up and ready to go.\r\n\r\nWe'll also discuss technical and social challenges related to the use of wikis in this context, how to overcome them, and how to engage Wikimedia so we can keep improving Wikiversity.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/PHHMB3/",
      "speakers": [
        {
          "name": "Solstag",
          "bio": "Ni! I'm a Wikimedian living in Paris, where I teach and do research. I use Wikiversity in many of my courses, research projects, and groups. I also serve as administrator for the Portuguese language Wikiversity. On a personal level, I try to carry on without imposing a burden on other humans-and-non-humans, by getting food from community-supported agriculture, electricity from renewables cooperatives, electronics from somewhat-open-hardware manufacturers, running essentially on free software, and I also enjoy as much free culture as I can find — so help me Goddess. .\\~´",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/MZSYBM/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 740,
      "title": "🥗 Lunch meetup:  Higher education networking and meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-22",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "This meetup provides an opportunity for informal meetup and networking opportunity for individuals involving in higher education (e.g. instructors, researchers, graduate students, chapter affiliate staff) to discuss their recent activities, experiences and share best practices. Participants are also invited to join the Telegram group: [https://t.me/+aY3hZOgnRFI1OTFk](https://t.me/+aY3hZOgnRFI1OTFk)",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/CWZC9S/",
      "speakers": [
        {
          "name": "Andrew Leung",
          "bio": "Andrew (User:OhanaUnited) holds various advanced user rights in several projects. He is a strong proponent for sister projects and bridging the academia-Wikipedia gap. He is currently the editor-in-chief for WikiJournal of Science, a project that publishes peer-reviewed journal articles in wiki formatting with open licensing in English Wikiversity.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/M7PGDP/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 167,
      "title": "Communication as Community Infrastructure: Growing a Wikimedia community from 25 to 100 members in two years",
      "track": "Community",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-22",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "Communication is often understood as a support function, a way to disseminate information, promote activities, or increase visibility. This workshop proposes a shift in focus: understanding communication as the infrastructure that sustains community.\r\n\r\nDrawing on our experience at Wikimedia Chile, we will show how a strategic change in communication practices contributed to growing our base of volunteers from 25 to 100 people over a two-year period. Rather than focusing solely on campaigns and visibility, this process centered on communication as a tool for building a sense of belonging, trust and commitment. \r\n\r\nWe will explore elements such as the role of narratives, tone, channels, and active listening, and how these choices helped us grow as a community. The workshop will also address the challenges that can accompany rapid community growth, including expectations, boundaries, retention, and other key lessons learned along the way.\r\n\r\nBeyond presenting results, this workshop aims to share replicable lessons and strategies for other Wikimedia groups in their own efforts: how to move from dissemination to community strengthening, how to turn complex ideas into simple narratives, and how to design communication strategies that actively support community well-being.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/HAXSBX/",
      "speakers": [
        {
          "name": "Katherine Bahamondes",
          "bio": "I’m a social communicator and journalist. My work has focused on initiatives related to the defense of democracy, human rights, freedom of expression, and combating misinformation. Currently I work as a Community Manager at Wikimedia Chile, overseeing social media management and the creation of written and audiovisual content. I also coordinate the offline community, focusing on internal communication and members' engagement.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/LT7B7G/"
        },
        {
          "name": "Michelle Collipal Martínez / Mimartinez (WMCL)",
          "bio": "I'm currently the Communications Director at Wikimedia Chile. I work with Chilean Wikimedia users to foster community engagement and organize outreach activities aimed at promoting the Wikimedia projects and encouraging new local contributors to join the movement.\r\nI'm also a Mapuche descendant, an indigenous community of south-central Chile and southwestern Argentina. I currently lead efforts to promote participation of native speakers in the Wikipedia in mapudungun project. \r\n\r\nI like to drink yerba mate and running makes me happy. I hope to run a marathon someday.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/PCPUR7/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 409,
      "title": "Defending the knowledge commons: policies for a resilient Wikimedia",
      "track": "Governance & Strategy",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Room 4",
      "day": "2026-07-22",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "Digital sovereignty has risen to the top of policy debates in Europe, and around the world. There is growing interest in Digital Commons as a pathway to sovereignty that centres public value and participation. In this context, calls for sustained public funding of critical digital infrastructure have gained real traction — yet the conversation has largely focused on open source software.\r\n\r\nYet Digital Commons are a much broader concept, and Wikipedia stands as a paradigmatic example of foundational knowledge infrastructure that is collectively produced and stewarded. At the same time, it faces mounting pressures: Generative AI has intensified questions of sustainable appropriation; coordinated, well-resourced threats to information integrity are growing in scale and sophistication; and long-standing questions of representation remain unresolved: whose knowledge is reflected in Wikipedia, and whose is absent?\r\n\r\nAt a moment when policymakers are mobilising around the resilience and reliability of essential digital infrastructure, knowledge infrastructure such as Wikipedia also deserves focus.\r\n\r\nThis panel brings together voices from the Wikipedia community, partners from civil society and policy experts to explore: How should Digital Commons like Wikipedia be positioned in the digital sovereignty conversation? How can the community engage strategically around questions of reliability, equity, and plurality. What kind of public policies could support Wikipedia and the broader knowledge commons?",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/DCMUNV/",
      "speakers": [
        {
          "name": "Aditya Singh",
          "bio": "Aditya is a Senior Policy Analyst at the Open Future Foundation, a think tank for the digital commons.\r\nHe has a background in digital rights, data governance, and technology ethics. \r\nHe is currently curious about pluralistic alternatives to dominant platforms, the politics of knowledge infrastructures, and decolonial theory.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/VQSGCS/"
        },
        {
          "name": "Anna Mazgal",
          "bio": "Anna Mazgal is executive director at Wikimedia Europe, a common platform of the Wikimedia organisations in Europe, and part of the worldwide Wikimedia Movement. Based in Belgium and previously in Poland, Anna is a digital rights advocate, specialising in freedom of expression and access to information from the perspective of open communities. Having supported the establishment of two international civil society networks, and formerly a grantmaker at Trust for Civil Society for Central and Eastern Europe, she has extensive experience in change management and strategising for impact. Anna has served as an advisor to a number of organisations and social initiatives with focus on changemaking, policy impact and equity.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ZTSXGP/"
        },
        {
          "name": "Tanveer Hasan",
          "bio": "I work with the Open Knowledges Initiative, IIIT-Hyderabad",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/HC3VGK/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 372,
      "title": "GRDC Workshop: Presenting the Grantmaking strategy and co-designing the next steps",
      "track": "Governance & Strategy",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Room 4",
      "day": "2026-07-22",
      "start": "11:00",
      "duration": "01:25",
      "abstract": "**Update 19 July 2026: the GRDC published the draft strategy on 17 July, in the hope that those attending this workshop will have opportunity to read it in advance:**\r\n\r\n* A diff post introducing the strategy is here: https://diff.wikimedia.org/2026/07/17/draft-grantmaking-strategy-launched-for-consultation-by-the-grdc/\r\n* The draft strategy text is here: https://meta.wikimedia.org/wiki/Global\\_Resource\\_Distribution\\_Committee/Grantmaking\\_Strategy\\_2026\r\n\r\n**This session presents the first results of the Global Resource Distribution Committee’s work since its official launch at Wikimania 2025. Over the past year, the GRDC has been advancing its core mandate: to design and propose a new resource distribution strategy for the Wikimedia Movement.**\r\n**This session is designed mainly as a workshop. We will spend a short amount of time presenting the draft strategy, and then move into a collaborative space focused on co-creating the next steps. We plan to divide the session into two parts**\r\n**Part 1: Present the draft resources allocation strategy**\r\n\r\n* **Share the strategic priorities and goals of the draft strategy.**\r\n* **Explain the rationale behind the proposed approach to resource distribution.**\r\n* **Invite communities to contribute ideas, perspectives, and practical insights on implementation.**\r\n\r\n**Part 2: Co-design next steps**\r\n**Participants will work in small groups to contribute ideas, identify risks, and propose implementation pathways, with the following prompts as a guide to discussion:**\r\n\r\n* **Where should we start?  What are your initial reflections on what’s been shared? To what extent do you support the proposed direction of travel? Were there any surprises for you?**\r\n* **The process of drafting the strategy has involved gathering a lot of feedback and insight into key priorities across the movement. From the priorities shared, which do you believe is most pressing in terms of implementation?**\r\n* **How do you think we could begin to operationalise the strategy? What do you think could be the risks of the new strategy?**",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/MZQWAM/",
      "speakers": [
        {
          "name": "Delphine Ménard (notafish)",
          "bio": "I joined the French Wikipedia in October 2004, was an editor for a while and then did a million other things. The real reason why I joined was because there was no article about [Greta Garbo](https://en.wikipedia.org/wiki/Greta_Garbo \"en:Greta Garbo\") in the French Wikipedia. Now, [there is one](https://fr.wikipedia.org/wiki/Greta_Garbo \"fr:Greta Garbo\"). The reason why I stayed is because I met people, who became friends and who amazed me by their dedication (or was it addiction?). I got involved in Movement affairs, helped organize Wikimania, was in many committees, and worked at the Foundation for a few years. I am back as a volunteer since 20022 and a member of the Global Resources Distribution Committee (GRDC). I am interested in the future of Wikimedia as a movement, and curious to see how we will manage to keep open knowledge free and reliable. I now work for APC as an HR manager, APC (the Association for Progressive Communications) is a human rights organization that works in the digital advocacy space, feminist internet and the defense of digital rights,",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ZUUCMC/"
        },
        {
          "name": "Herschal Jackson (WMZA)",
          "bio": "I am the Executive Director of Wikimedia South Africa\r\n\r\nOver the last 2 years I have worked within the chapter to implement the 2024-2027 strategy.\r\nI believe in the goals of the chapter and the overarching Movements Goals.\r\nFrom a personal perspective I am a man of great faith and believe completely in doing everything with excellence.\r\n\"What you do reflects whose you are\"",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7ZFVCH/"
        },
        {
          "name": "Lajmmoore",
          "bio": "User:Lajmmoore mostly edits biographical articles about women on English Wikipedia. She is also a member of the Global Resource Distribution Committee and Wikimedia UK's Community development Committee.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ZMD3KD/"
        },
        {
          "name": "Lucy Crompton-Reid",
          "bio": "Chief Executive of Wikimedia UK",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/RCN8AB/"
        },
        {
          "name": "Mykola Kozlenko",
          "bio": "Mykola Kozlenko (User:NickK) is a member of the Global Resource Distribution Committee (GRDC) representing the CEE/CA region. He has experience both with online communities (as a contributor of 15+ years, administrator and checkuser on Ukrainian Wikipedia) and with affiliate governance (as the treasurer of Wikimedia Ukraine).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/9U7WHS/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 3491,
      "title": "AI & Governance Lightning Talk Series",
      "track": "Governance & Strategy",
      "type": "Lightning talks series",
      "language": "en",
      "room": "Room 4",
      "day": "2026-07-22",
      "start": "12:30",
      "duration": "00:25",
      "abstract": "The following Lightning talks will be presented:\r\n\r\n1. [À connaissance Libre, IA Libre : promesses, échecs et questions ouvertes ](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/W9VMJ7MBCYCNPXPZ7R3HFDLUBV7QTML8)– Benjamin Bellamy &[ ](https://wikimedia.eventyay.com/media/avatars/JEELD3_yRxJ8LB.jpg?v=1772401006792)Julie Hunter\r\n2. [Warming Up the Incubator: How Can We Improve Wikimedia Incubator?](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/K7FCDQVUAE3MRLRLQASETBWSFHU33EAC) – NikolasKHF\r\n3. [Tech Strategy of Wikimedia Switzerland 🇨🇭 Open Source unlocks Innovation ](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/HSTTCMTFLK9MDC7RPR7SCNPASRFDTLKC)– Valerio Bozzolan",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/3F9S7T/",
      "speakers": [
        {
          "name": "Benjamin Bellamy",
          "bio": "A passionate advocate for Free and Open Source Software, [Benjamin Bellamy](https://benjaminbellamy.fr/) is Business Development Manager for AI Solutions & Community Management at [LINAGORA](https://linagora.com/), where he turns open, privacy-respecting AI into practical products and helps grow vibrant contributor communities.\r\n\r\nHe also founded [Ad Aures](https://adaures.com/), creator of [Castopod](https://castopod.org/), a free and open-source podcast-hosting platform built to empower creators and strengthen the open podcasting ecosystem.\r\n\r\nActive in the [Podcast 2.0](https://podcasting2.org/) community, he contributes to the French radio show [Libre à vous !](https://www.libreavous.org/), produced by [April](https://april.org/) (an association whose mission is to promote and defend Free/Libre Open Source Software), and hosts the podcast [RdGP](https://rdgp.fr/)—a podcast exploring digital rights, individual freedoms, privacy… and GDPR.\r\n\r\nMost recently, he joined [WikiPortraits](https://www.wikiportraits.org/about), a collective providing freely licensed, high-quality portraits for Wikipedia.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/JEELD3/"
        },
        {
          "name": "Valerio Bozzolan",
          "bio": "Open Source consultant for Wikimedia Switzerland since 2018.\r\n\r\nPresident of the non-profit \"Italian Linux Society\" association (400+ voting members - zero staff). This association manages \"Linux.it\" and Refund4Freedom:\r\nhttps://en.refund4freedom.org/\r\n\r\nWikimedians for Software Freedom\r\nhttps://meta.wikimedia.org/wiki/Wikimedians\\_for\\_software\\_freedom\r\n\r\nOpen Source programmer for the Landscapefor Foundation.\r\n\r\nPhorge (ex Phabricator) software developer\r\nhttps://we.phorge.it/\r\n\r\nScholarship: not requested\r\n\r\nI will share my personal working experience and I do not speak as behalf of Wikimedia Switzerland or any other Wikimedia organisation.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/AQVWWN/"
        },
        {
          "name": "Julie Hunter",
          "bio": "Julie est responsable des activités de R&D en traitement automatique des langues naturelles chez LINAGORA, une PME française dédiée au développement de logiciels libres et ouverts. Elle pilote actuellement le projet OpenLLM France, une collaboration à grande échelle entre partenaires académiques et industriels, dont l’objectif est de produire des modèles de langage centrés sur la langue française, entièrement libres et open source — depuis les données d'entraînement jusqu’aux modèles eux-mêmes.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/LAETRR/"
        },
        {
          "name": "NikolasKHF",
          "bio": "I am a Wikimedian from Jakarta, Indonesia that currently active in Jakarta Wikimedia Community, Indonesian Wikisource Community, Mataram Wikimedia Community, and Indonesian Wiktionary Community. I am mostly active in Indonesian Wikisource, where I held a sysop position, and Wikimedia Incubator, where I, with my community, am working on Betawinese and Sasaknese Wikimedia projects, including Wikipedia, Wiktionary, and others.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ZTYDWL/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 570,
      "title": "🥗 Lunch meetup: Almuerzo Red de colaboración docente en español",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "es",
      "room": "Room 4",
      "day": "2026-07-22",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "Quienes estamos en contacto directo con alumnado y profesorado que utiliza Wikipedia /entorno Wikimedia necesitamos charlar e intercambiar dinámicas y experiencias para que surjan redes de colaboración. [En Wikimanía 2025 ](https://meta.wikimedia.org/wiki/Education/News/August_2025/Teachers_with_Wikipedia._What_if_we_create_a_Spanish-speaking_collaboration_network)tuvimos la oportunidad, casi improvisada, de reunirnos 15 personas que trabajamos estos temas y debatirlo en nuestra lengua. Como docentes, estamos en contacto directo con estudiantes y agentes de cambio, que podrían tener una gran incidencia en el futuro y en el trabajo de la verificabilidad de fuentes. Los capítulos con programas de educación tienen un papel importante, pero trabajar directamente con quienes estamos en contacto directo con estudiantes lo es aún más, puesto que somos quienes estamos en el día a día con el alumnado, somos quienes podemos tomar la temperatura de lo que pasa en el aula, de lo que se siente y se hace en relación con nuestros proyectos. Al fin y al cabo, somos quienes ayudamos a formar conciencia crítica en las nuevas generaciones.\r\nBuscamos poder encontrarnos personalmente, charlar en español, debatir y sobre todo, generar y/o consolidar lazos para seguir trabajando y adoptando nuevas perspectivas para implementar en el aula.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/HQDF8B/",
      "speakers": [
        {
          "name": "Florenciac",
          "bio": "Florencia Claes is a Senior Lecturer at [Rey Juan Carlos University](https://servicios.urjc.es/pdi/ver/florencia.claes). She is the principal investigator of the Wikipedia [InnovaWiki Consolidated Teaching Innovation Group.](https://innovawiki.es/) She belongs to the high-performance research group in Communication and Digital Culture [Ciberimaginario](https://ciberimaginario.es/). Since 2021, she has been the Academic Coordinator of Free Culture at URJC ([OfiLibre](https://ofilibre.urjc.es/en/)). A Wikipedian since 2009, she carries out teaching projects with Wikipedia and the Wikimedia environment in the university classroom.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/U3EVQD/"
        },
        {
          "name": "Mikel Zubimendi",
          "bio": "Licenciado en Antropología (2004) y Doctor en Ciencias Naturales (2010) de la Universidad Nacional de La Plata (UNLP). Investigador independiente del CONICET, y Profesor en la Universidad Nacional de la Patagonia Austral (UNPA-UACO) y la Universidad Nacional de La Plata (FCNyM, UNLP). Especializado en el estudio de la Arqueología Prehistórica de la costa norte de la Provincia de Santa Cruz (Patagonia). Dentro del movimiento Wikimedia soy editor desde el año 2007, con una activa participación, principalmente en Wikipedia en español y en Wikidata. Editor avanzado, con más de 800 artículos creados. Formo parte del Equipo de Wikimedistas de la Universidad Nacional de La Plata (WikiUNLP) desde su creación en el 2020. En los últimos años exploramos vías para integrar el uso de los proyectos Wikimedia como infraestructura para la investigación, la ciencia abierta y comunicación púbica de la ciencia utilizando los proyectos Wikidata, Wikimedia Commons y Wikipedia en español. Actualmente, soy codirector de un Grant de Wikimedia Foundation.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/TRXLCH/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 163,
      "title": "Titanic Meets the Iceberg: Closing Wikinews",
      "track": "Governance & Strategy",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room 4",
      "day": "2026-07-22",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "Wikinews was launched with an ambitious promise: a free, collaborative, neutral news source written by volunteers. Two decades later, that promise collided with structural reality. This talk examines the process of closing Wikinews as a case study in how ideals, governance, and socio-technical constraints interact inside the Wikimedia ecosystem.\r\n\r\nUsing the Titanic-iceberg metaphor, I will unpack why Wikinews struggled: the impossibility of real-time verification by volunteers, shrinking editorial capacity, legal and reputational risks, competition with professional journalism, and governance models designed for encyclopaedic content rather than breaking news. Crucially, I will also address why Wikinews lingered for so long—symbolic value, fear of loss, and institutional inertia.\r\n\r\nThe workshop situates Wikinews within a broader lifecycle framework for Sister Projects and asks hard questions: When does preservation become harm? How do we distinguish “underfunded” from “structurally misaligned”? And where do we go from here?\r\n\r\nRather than an obituary, this session argues for closure as stewardship: a chance to learn, to document institutional memory, and to design healthier futures for current and future Wikimedia projects.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/PQWGTE/",
      "speakers": [
        {
          "name": "Victoria",
          "bio": "Dr. Victoria Doronina is a molecular biologist and a dedicated member of the Wikimedia community. Originally from Belarus, she earned her PhD in Molecular Biology from the University of Edinburgh in 2001.\r\n\r\nSince 2006, Victoria had been an active contributor to Russian Wikipedia, an administrator, and a participant in various Wikimedia projects.\r\n\r\nIn 2011, she was appointed a Wikimedia Community Fellow and later served on the Funds Dissemination Committee.\r\n\r\nIn 2021, Victoria was elected to the Wikimedia Foundation Board of Trustees, where she serves as the Community and Affiliates Liaison and Human Rights Liaison to the Board.\r\n\r\nShe was reappointed to the Board in 2024 for a term extending until December 2027.\r\n\r\nProfessionally, Victoria works as a Technical Officer in Biology Education and Food Microbiology at Manchester Metropolitan University in the UK.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/BVHLCZ/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 640,
      "title": "Strengthening Wikipedia with candidate citations into academic literature at scale (200M+) using contemporary AI techniques",
      "track": "GLAM and Partnerships",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-22",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "Building on the Internet Archive’s work to protect Wikipedia’s references Turn All References Blue, the Internet Archive Europe set the challenge to use contemporary AI techniques to contribute candidate references from academic articles to Wikipedia editors at scale.\r\n\r\nThe workshop will demo the initial version of the system and introduce editors to the easy to use system.  Archive Sources uses a pipeline of contemporary AI techniques to find academic papers relevant to claims made in Wikipedia articles, from an index of 237 million academic passages. These paper passages may back up existing claims, add missing citations, or surface newer research that updates or nuances what the article currently says. Future work will rank the candidate citation passages to English wikipedia passages in databases.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/LB389G/",
      "speakers": [
        {
          "name": "blmurch",
          "bio": "[Beatrice Murch](https://commons.wikimedia.org/wiki/User:Blmurch) is a photographer, web designer, a lover of [Free culture movement](https://en.wikipedia.org/wiki/Free-culture_movement) and the [Open source movement](https://en.wikipedia.org/wiki/Open-source_software_movement) and a frustrated Wikipedia user. She was heavily involved in [Wikimedia Argentina](https://wikimedia.org.ar/), helping produce, organize and [document Wikimania](https://commons.wikimedia.org/wiki/Category:Images_from_Wikimania_2009_organization_team) in Buenos Aires in 2009. Beatrice was honored to be part of the board of Wikimedia Argentina from 2011 until leaving Argentina in 2018. Now, she is a member of Wikimedia Nederland and the Program Manager of [Internet Archive Europe](https://www.internetarchive.eu/).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/QHSQJA/"
        },
        {
          "name": "Daniel Erasmus",
          "bio": "Daniel is Head of AI for Internet Archive Europe, releasing several public purpose models in 2025/6. Daniel as head of Erasmus.AI has two decades of experience in collecting and processing planetary scale datasets. The Erasmus.AI platform built its own search engine to visualise, augment, inform and reveal hidden connections in the world’s news at web-scale.  The team lead the development of ClimateGTP foundational and fine-tuned model family, which is the world’s first foundational AI model family focussed on effects of Climate Change on Human Systems, pioneering domain specific models, built with green power, achieving 12x reduction CO2 per equivalent query. After building and fine-tuning 250 models ClimateGPT 1 was followed up with Model 2 in January 2024, and ClimateGPT 3 through a generous grant of the Internet Archive Europe, a year later.\r\nHe is a Full Member of the Club of Rome, building on more than 25 years experience running global foresight processes as co-founder of The Digital Thinking Network.  The DTN lead scenario and innovation breakthrough processes for governments and Fortune 50 companies anticipating Global Financial Crisis, Oil Price Collapse, created the first CBDCs, reference architectures for Cybersecurity, Cloud, AI, etc several resulting multi-billion Dollar direct profits, and 10x investment, returns over 3 years. Additionally as response to Covid, he was instrumental in creating an initiative that has sponsored 100M meals in Southern Africa.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/TYALPU/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 398,
      "title": "Taking collections online at any scale — a practical workshop for GLAMs with limited resources.",
      "track": "GLAM and Partnerships",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-22",
      "start": "11:00",
      "duration": "01:25",
      "abstract": "Cultural heritage institutions and their collections are fundamental to Wikimedia's mission, providing access to primary sources of history and culture that millions engage with daily. While many memory organizations share the open movement's values, the majority of the world's cultural heritage remains inaccessible online—whether locally or internationally. The Wikimedia movement serves as a crucial stakeholder and ally in supporting institutions seeking to make their collections available, with its global network of volunteers and experts proving essential to this endeavor.\r\n\r\nThis workshop demonstrates accessible digitization processes and streamlined workflows for Wikimedia Commons and Wikidata, specifically designed for resource-constrained institutions. In 2022, the Goethe-Institut in São Paulo, Brazil, collaborating with Wikimedia Brasil and the Moreira Salles Institute, developed a comprehensive practical guide for digitizing and disseminating archival materials at scale within limited-resource environments. The workshop presents this newly translated guide with detailed demonstrations of each implementation stage, equipping participants with the knowledge and tools to undertake similar initiatives within their own institutional contexts. These resources are already being replicated across Latin American institutions through the Goethe-Institut's global network, and this workshop extends these proven methodologies to the broader Wikimedia movement through capacity building and knowledge exchange.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/TNKMKN/",
      "speakers": [
        {
          "name": "conbene",
          "bio": "My name is Connor. I work at the intersection of open access and cultural heritage, mostly with the GLAM community and Creative Commons network. Currently I work as a Community Coordinator for the Content Partnerships Hub",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3B3SUB/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 633,
      "title": "Make a wish – improving references on Wikimedia projects",
      "track": "Technology",
      "type": "Workshop (25 minutes)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-22",
      "start": "12:30",
      "duration": "00:25",
      "abstract": "Reliable references are at the core of Wikimedia projects, yet citation workflows remain complex, inconsistent across language versions, and difficult to adapt to the needs of authors with different experience levels. [WMDE Technical Wishes](https://meta.wikimedia.org/wiki/Special:MyLanguage/WMDE_Technical_Wishes) aims to support users who add and maintain references by improving citation features in our [“improvements to references”-focus area](https://meta.wikimedia.org/wiki/WMDE_Technical_Wishes/References).\r\n\r\nThis interactive workshop invites Wikimedians from different projects to explore challenges in referencing workflows and help shape future development priorities of our team. We will discuss current projects – like improvements to [Reference Previews](https://meta.wikimedia.org/wiki/WMDE_Technical_Wishes/References/Reference_Previews), [Citoid](https://meta.wikimedia.org/wiki/WMDE_Technical_Wishes/References/Citoid) or to re-using references in VisualEditor – gather the community's sentiment on proposed solutions and collect ideas for future improvements to references.\r\n\r\n*Workshop attendees might also be interested in attending the [Wiki AI pre-conference](https://wikimedia.eventyay.com/wm/wikimania2026/talk/TFF3JU/) which features [sessions on reference reliability](https://meta.wikimedia.org/wiki/Artificial_intelligence/2026_Wiki_AI#Tools_for_Reliability_&_Defense). Other recommended Wikimania sessions on referencing / citations: [1](https://wikimedia.eventyay.com/wm/wikimania2026/talk/YASJQZ/), [2](https://wikimedia.eventyay.com/wm/wikimania2026/talk/NSXGJU/), [3](https://wikimedia.eventyay.com/wm/wikimania2026/talk/PFGF9C/), [4](https://wikimedia.eventyay.com/wm/wikimania2026/talk/LB389G/).*",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/NDBCRM/",
      "speakers": [
        {
          "name": "Johannes Richter",
          "bio": "Hi, I'm Johannes :) I'm part of the software development team at [Wikimedia Deutschland e.V.](https://meta.wikimedia.org/wiki/Wikimedia_Deutschland \"m:Wikimedia Deutschland\") as Community Communications Manager for [WMDE Technical Wishes](https://meta.wikimedia.org/wiki/WMDE_Technical_Wishes \"m:WMDE Technical Wishes\"). I'm also active as a volunteer on Wikimedia projects, e.g. as a steward and admin.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/BHAUHC/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 590,
      "title": "🥗 Lunch meetup: Learn and discuss with the Wikimedians in Residence",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-22",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "This session will showcase the experiences of Wikimedians in Residence (WiRs) from around the world, highlighting the evolving nature of their roles, the challenges they face, and the strategies and tools they use across Wikipedia, Wikidata, Wikimedia Commons, and beyond. Participants will share insights from both long-standing and newly launched initiatives, offering a wide perspective on scientific, cultural and institutional partnerships. Whether you're just exploring the concept or already working in the field, you’ll walk away with practical ideas, tested approaches, and a deeper understanding of the WiR role.\r\n\r\nMeetup Etherpad link: [https://etherpad.wikimedia.org/p/Wikimania_2026_WiR_meetup](https://etherpad.wikimedia.org/p/Wikimania_2026_WiR_meetup)\r\nGoogle slides link: [https://docs.google.com/presentation/d/1d9-ACr2r5TtL-ZqWWILyStAMS1IaTUl4OGHOVVB-O6s/edit?usp=sharing](https://docs.google.com/presentation/d/1d9-ACr2r5TtL-ZqWWILyStAMS1IaTUl4OGHOVVB-O6s/edit?usp=sharing)",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/EE9P9X/",
      "speakers": [
        {
          "name": "DMontagne en résidence",
          "bio": "Wikimedia in residence at URFIST de Paris.\r\nData analyst. Cartographer. Contributor to Wikimedia and OpenStreetMap.\r\n\r\nWikimédienne en résidence à l'URFIST de Paris.\r\nAnalyste de données. Cartographe. Je contribue aux projets Wikimédia et à OpenStreetMap.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/JKQVN7/"
        },
        {
          "name": "Siobhan Leachman (User:Ambrosia10)",
          "bio": "I was recently employed part time as a [Wikimedian in Residence](https://en.wikipedia.org/wiki/Wikipedia:GLAM/NZBSI) for the Maanaki Whenua - Landcare Research group of the New Zealand Bioeconomy Science Institute. I also volunteer with the [Biodiversity Heritage Library](https://meta.wikimedia.org/wiki/Biodiversity_Heritage_Library). I co-organise the regular [Aotearoa New Zealand Online meet up](https://en.wikipedia.org/wiki/Wikipedia:Meetup/Aotearoa_New_Zealand_Online) as well as the [Wellington Wiki meetup](https://en.wikipedia.org/wiki/Wikipedia:Meetup/Wellington). I write and enrich [English Wikipedia](https://en.wikipedia.org/wiki/User:Ambrosia10) articles, upload images and add structured data to [Wikimedia Commons](https://commons.wikimedia.org/wiki/User:Ambrosia10) and am a prolific editor of [Wikidata](https://www.wikidata.org/wiki/User:Ambrosia10). \r\n\r\nWhile undertaking my Wiki work I continue to volunteer for a plethora of GLAM, digital humanities and citizen science projects. I am currently obsessed with editing and collaborating on multiple Wikimedia projects on topics such as biodiversity data, citation data, New Zealand endemic moths, women scientific illustrators, natural history contributors, research expeditions, name authority data, iNaturalist images, scientific publications and artworks. I am also involved in various Wiki outreach initiatives, many of which are in some way related to biodiversity knowledge. In 2023 I was named Wikimedia Laureate.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/WXPRXT/"
        },
        {
          "name": "VIGNERON",
          "bio": "I'm an active contributor to the Wikimedia movement for more than 20 years with millions of edits. I've been involved in many collaborative projects, sometimes as the main organizer and other times as a helping volunteer. It ranges from Wiki Loves Monuments (a photo contest on Commons) to Wikifunctions (a new Wikimedia project for building and sharing codes). I'm particularly focused on Wikidata and Wikisources and strive to support underrepresented languages. Besides editing directly, I very often train other people how to edit, from basic training to advanced sessions on how to be more efficient in editing.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/S9BVAL/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 744,
      "title": "Wikimedians in Residence Exchange Network: Visioning Session",
      "track": "GLAM and Partnerships",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-22",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "Workshop for developing a vision and a strategy for Wikimedians in Residence, hosted by members of the Wikimedians in Residence Exchange Network, and open to all interested in supporting and developing this particular outreach approach. Will feature several breakout sessions to explore the challenges and opportunities regarding the role and its future, including interactions with AI, funding and partnership models, prioritizing and building needed software features, and joint actions and guidelines for people acting as Wikimedians in Residence across various contexts.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/MMCANG/",
      "speakers": [
        {
          "name": "Richard Knipel",
          "bio": "I serve as Wikimedian in Residence at the City University of New York and its 25 urban campuses, as well as on the board of the Wikimedia NYC chapter.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7RRTPG/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 3463,
      "title": "Team Challenges",
      "track": "Technology",
      "type": "Other",
      "language": "en",
      "room": "Loft",
      "day": "2026-07-22",
      "start": "09:30",
      "duration": "05:00",
      "abstract": "🗼 **Wikimania 2026** will provide two opportunities of creativity, collaboration, and innovation set against the vibrant city of Paris, France. A vital part of Wikimania is the creation of collaboration and learning spaces for technical contributors, curious Wikimedians and knowledge enthusiasts. During this year’s Wikimania, the technical space will host an event where developers, designers, researchers, editors, and community builders from around the world meet to collectively address technical challenges faced by the Wikimedia community.\r\nThe technical event will have two main components:\r\n\r\n* **Team Challenges** (pre-event and July 21-22): A hackathon-style event focused on team challenges that will bring together developers and non-developers, Wikimania attendees and the local technical community. Please see the [Team Challenges page](https://wikimania.wikimedia.org/wiki/2026:Team_challenges \"2026:Team challenges\") for more details.\r\n* **Hackathon** (July 23-25): Similar to previous years, the Hackathon will provide an opportunity for the Wikimedia community to collaborate on technical projects and solve problems together.We want to enable newcomers, especially from non-developers backgrounds, to come to meet the Wikimedia communities and bring their own fresh point of view and skillsets! The Hackathon is open to Wikimania participants.\r\n\r\nMore information: https://wikimania.wikimedia.org/wiki/2026:Hackathon",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/8QFQMU/",
      "speakers": [],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 3476,
      "title": "Team Challenges closing presentation",
      "track": "Technology",
      "type": "Other",
      "language": "en",
      "room": "Loft",
      "day": "2026-07-22",
      "start": "14:30",
      "duration": "01:15",
      "abstract": "**Team Challenges** are hackathon-style event focused on team challenges that will bring together developers and non-developers, Wikimania attendees and the local technical community. Please see the [Team Challenges page](https://wikimania.wikimedia.org/wiki/2026:Team_challenges) for more details.\r\nThis session is the presentation of the challenges achieved.\r\n\r\n*",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/ASWERV/",
      "speakers": [],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 638,
      "title": "The Digital Safety Clinic",
      "track": "Community",
      "type": "Other",
      "language": "en",
      "room": " Virtual Room",
      "day": "2026-07-22",
      "start": "09:30",
      "duration": "03:30",
      "abstract": "**Location : Stand 8, S2 level**\r\n\r\nThe Digital Safety Clinic is a dedicated space staffed by Foundation staff knowledgeable in digital safety topics and practices. Its purpose is to educate and empower Wikimania participants to navigate the digital world safely and confidently. Attendees will have the opportunity to address concerns, ask questions, and receive practical solutions to digital safety challenges.\r\n\r\nWhether you are a seasoned digital safety practitioner in your day-to-day life, or someone who never or rarely thinks about your digital safety, come have a chat, share your experience or find guidance on topics and concerns you may have.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/EHLPBR/",
      "speakers": [
        {
          "name": "S.Sandu",
          "bio": "Session presenters are representatives of the Human Rights Team.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/8ZNPS9/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 3507,
      "title": "🎉 Opening Party 🎉",
      "track": "Ceremonies and Showcases",
      "type": "Other",
      "language": "en",
      "room": " Virtual Room",
      "day": "2026-07-22",
      "start": "18:00",
      "duration": "02:00",
      "abstract": "*",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/XMDGWL/",
      "speakers": [],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 3618,
      "title": "Virtual room - Morning live",
      "track": "Unspecified",
      "type": "Other",
      "language": "en",
      "room": "📹 Virtual room",
      "day": "2026-07-22",
      "start": "09:00",
      "duration": "00:30",
      "abstract": "In rooms E-F\r\nProgram: [https://wikimania.wikimedia.org/wiki/2026:Virtual_room](https://wikimania.wikimedia.org/wiki/2026:Virtual_room)",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/ACUXLR/",
      "speakers": [
        {
          "name": "Islahaddow",
          "bio": "Isla studied fine art at university and is completing her Master's in African Studies and Media at the University of Cape Town. The common thread woven through her professional life is a single-minded dedication to showcasing the creative voices of Africa’s artists, filmmakers, broadcasters, photographers, poets, writers, and musicians. In 2011, her increasing investment in Africa’s creative and cultural voice and her curiosity about the open movement coincided with working on the WikiAfrica project and joining as a Wikimedian. In 2016, with Florence Devouard and Iolanda Pensa, she formalised these projects under the Wiki In Africa banner. It has been an incredible ride ever since then. Isla also works as the Communications Director for Open Education Global (OEGlobal).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/8YV8MK/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 3696,
      "title": "Virtual room Interviews",
      "track": "Unspecified",
      "type": "Other",
      "language": "en",
      "room": "📹 Virtual room",
      "day": "2026-07-22",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "TBD",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/KSQCFT/",
      "speakers": [
        {
          "name": "Michael Barbereau",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/NDFQPS/"
        },
        {
          "name": "Zakaria",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/B3YAYB/"
        }
      ],
      "day_label": "Wed 22 Jul"
    },
    {
      "id": 579,
      "title": "Tabular data vs. structured data - How do we get to a win-win solution?",
      "track": "Technology",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-23",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "Wikidata is great [no citation needed] but it has some limits. One of them is handling large amounts of data in one item, for example, when there are large time series with high granularity. A Wikidata item has a real size limit, and the web browser may struggle at handling large amounts of data (and even if it can handle it, it may require a lot of scrolling for the user). At the same time, we have the possibility to store data in a more efficient format in the data namespace on Wikimedia Commons. It can even be used to generate beautiful multilingual charts! The downside, though, is that this data is not queryable in the same way data on Wikidata is.\r\n\r\nIn this open panel we will hear different perspectives from Commons and Wikidata as well as from users and maintainers. Together we will explore possible pathways forward by comparing benefits and trade-offs.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/8XHB78/",
      "speakers": [
        {
          "name": "Galder Gonzalez",
          "bio": "Executive Director of the Basque Wikimedians User Group, long-term Wikimedian. I contribute mostly to Basque Wikipedia, and I'm active in Wikidata and Wikimedia Commons. Interested on education and innovation, especially multimedia and interactivity.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/WASEBY/"
        },
        {
          "name": "Lydia Pintscher",
          "bio": "Lydia Pintscher is the portfolio lead for Wikidata at Wikimedia Deutschland, supporting the Wikidata community since the beginning. She works at the intersection of community and technology, bringing together people around Free Software and Open Data. She studied computer science at the University of Karlsruhe. She serves as the vice-president of KDE e.V. and the head of the advocacy and awareness section of the European Open Source Academy.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/BTASFE/"
        },
        {
          "name": "Sandra Fauconnier / User:Spinster",
          "bio": "Art historian, Belgian in the Netherlands. Wikimedian since 2003, most active since 2011. I mainly work on Wikidata and Wikimedia Commons and on content related to art and culture (GLAMwiki). I edit as a volunteer, but also intermittently work with affiliates and as a Wikimedian in Residence.\r\n\r\nhttps://meta.wikimedia.org/wiki/User:Spinster",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/J88FZ9/"
        },
        {
          "name": "Jan Ainali",
          "bio": "Wikimedian since 2006, admin on Swedish Wikipedia, but my most active project is Wikidata, followed by Wikimedia Commons. I am co-host of the podcast [Wikipediapodden](https://wikipediapodden.se/) and have been doing some [Wikidata Live editing](https://meta.wikimedia.org/wiki/Wikipedia_Weekly_Network/Live_Wikidata_Editing).\r\nMember of Wikimedia Sverige (where I once was the CEO) and a bunch of other affiliates. Most notably, I am a co-founder of [Wikimedians for Sustainable Development](https://meta.wikimedia.org/wiki/Wikimedians_for_Sustainable_Development).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/VTVMTA/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 818,
      "title": "Keynote: Protéger le savoir libre - Les nouveaux champs de bataille de la liberté numérique",
      "track": "Education and Advocacy",
      "type": "Panel (55 minutes)",
      "language": "fr",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-23",
      "start": "12:00",
      "duration": "00:55",
      "abstract": "En 2016, la France adoptait la Loi pour une République Numérique, portée par Axelle Lemaire, marquant une étape clé pour l'ouverture des données et la reconnaissance des Communs. Dix ans plus tard, le paysage a radicalement changé : régulations européennes accrues (DSA/DMA), surveillance algorithmique et enjeux de souveraineté. Cette table ronde réunira :\r\n\\- Mme Axelle Lemaire\\, Architecte de la loi de 2016\\, actuellement chez Sopra Steria\r\n\\- Emma Ghariani Directrice du pôle Communs numériques à la Direction interministerielle du numérique\r\n\\- Nnenna Nwakanma \\(en ligne\\) cofondatrice de la Free Software et Open Source Fondation for Africa\r\n\r\nTable-ronde animée par Rémy Gerbet, Directeur exécutif de Wikimédia France\r\n\r\nDans cet échange, il sera question de la pérennité de notre modèle de liberté de panorama, de savoir libre et de protection des utilisateurs face aux nouvelles menaces numériques. Entre la nécessité de réguler les contenus haineux et la protection absolue des libertés fondamentales et de l'anonymat, quel espace reste-t-il pour les projets collaboratifs comme Wikipédia ?",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/Q8VZQM/",
      "speakers": [
        {
          "name": "Nnenna",
          "bio": "**\"Nnenna from the internet\" is a recognized voice for systemic policy changes for development through open, rights-based and human-centered technology. She is a champion for meaningful and empowering internet and information access, freedom of expression, open data, open government, and the open web. Over two decades, she has been bringing together local and international stakeholders to advance the development cooperation agenda. Nnenna is passionate about affordable internet access, data rights, digital freedom, digital cooperation and open data. She co-founded the Free Software and Open Source Foundation for Africa (FOSSFA), served as Director for Open Source Initiative and Chief Web Advocate for the World Wide Web Foundation**\r\n**In 2026, she is serving as**\r\n\r\n1. **Board member at HealthAI,**\r\n2. **Global AI Ambassador at Swiss Cognitive**\r\n3. **Data Expert to the Africa AI Council**\r\n4. **AI Advisory for the Vatican**\r\n5. **Council to the Communauté Africaine Francophone des Données Ouvertes (CAFDO)**\r\n6. **and Chief Catalyst of the Partnership on Artificial Intelligence, Technology and Health Innovation (PAATHI)**",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7RNDVR/"
        },
        {
          "name": "Rémy Gerbet WMFR",
          "bio": "Executive director of Wikimédia France",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/TS8VAC/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 3473,
      "title": "Lightning Talk Showcase I Rehearsal (closed  - for speakers only)",
      "track": "Unspecified",
      "type": "Other",
      "language": "en",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-23",
      "start": "13:20",
      "duration": "01:10",
      "abstract": "*",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/QQ9RHS/",
      "speakers": [],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 485,
      "title": "Climate Conversations: Interdisciplinary Approaches to Knowledge Sharing",
      "track": "Wild Ideas",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-23",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "This panel will share the insights of Wikimedians from diverse regions and professional backgrounds who are working to strengthen Wikipedia’s climate change content and support informed decisions-making in the face of one of the defining crises of our time. At a time when climate science is increasingly politicised and AI-generated misinformation is proliferating, sharing high-quality, well-sourced, and globally and locally relevant climate information is more urgent than ever.\r\n\r\nWith experience spanning academic research, science communication and community organising, the panelists share a common goal: improving the quality, accessibility, and equity of climate information on Wikipedia. They each approach that goal from varied regional, linguistic, and institutional contexts.\r\n\r\nThe session will situate the climate information crisis within today’s broader digital information landscape, including the challenges posed by AI-generated content and coordinated misinformation. Panelists will reflect on lessons learned from their work share how we to improve climate coverage in practice.\r\n\r\nTogether the panel will explore how Wikimedians can respond effectively to the climate information crisis together while advancing equity, representation, and trust across the movement.\r\n\r\nThe panel features:\r\n\r\n* Tatjana Baleta (South Africa), environmental science communicator and Wikimedian in Residence for Climate at the Global Systems Institute.\r\n* Dr Femke Nijsse (Netherlands/UK), senior lecturer at the University of Exeter and long-time climate contributor to Wikipedia.\r\n* Evelin Heidel (Uruguay), Program Director at Wikimedistas de Uruguay and open knowledge strategist.\r\n* Mohammed Amine Ben Loulou (Algeria), community organizer and Regional Coordinator for Wiki for Climate Change (Maghreb region) campaign in 2023",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/DNRNBQ/",
      "speakers": [
        {
          "name": "Muhammed amine benloulou",
          "bio": "محمد أمين بن لولو، ناشط و متطوع في ويكيميديا، ومخرج أفلام وثائقية. وهو عضو فاعل في ويكيدز (WikiDZ) منذ عام 2019. وشغل منصب المنسق الإقليمي لحملة \"ويكي من أجل تغير المناخ\" قي المنطقة المغاربية عام 2023. قاد أمين مبادرات لتعزيز المحتوى المتعلق بالمناخ والبيئة في مشاريع ويكيميديا باللغات العربية والأمازيغية. وقبل ذلك، كان منسقاً لمسابقة \"صوت شعار ويكيميديا\" في المنطقة العربية. وتشمل أعماله تنسيق المشاورات المجتمعية، وتيسير ورش العمل والندوات عبر الإنترنت، وإنتاج مواد توعوية لتعزيز المعرفة بالتغير المناخي والعدالة المناخية، وكذلك تعزيز الهوية البصرية للمحتوى الجزائري في مشاريع ويكيميديا.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/Y8HBKN/"
        },
        {
          "name": "Evelin Heidel",
          "bio": "Program Director, Wikimedistas de Uruguay.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/CD8YNR/"
        },
        {
          "name": "Femke Nijsse (Femke)",
          "bio": "Femke has been editing Wikipedia since 2013, initially on Dutch Wikipedia, and since 2018 primarily on English Wikipedia. She has edited extensively on topics ranging from climate change science and policy, energy, women's health to women in science. Her work focusses on ensuring Wikipedia can be read and understood not only by academics, but also by people who did not attend university. Knowledge is not free if it requires people to first attend higher education.\r\n\r\nSince 2021, Femke has organised the annual Core Contest on English Wikipedia, encouraging improvements to vital articles. She initiated a cross-language review addressing climate denial content, working with local communities to remove misleading talking points across 40 language editions. More recently, she launched the WikiProject Medicine Vital Signs 2026 campaign, which aims to update and strengthen the 101 most important medical articles with current, high-quality evidence.\r\n\r\nOutside Wikimedia, she works as a senior lecturer and researcher in climate policy at the University of Exeter.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/8SJWEG/"
        },
        {
          "name": "Tatjana Baleta",
          "bio": "Tatjana Baleta is an environmental researcher, science communicator and writer with close to a decade of experience. Since October 2022 she has been the Wikimedia Visiting Fellow for Climate at the Global Systems Institute where she has been using Wikipedia to bridge the science and communications gap between academia and the public to address mis- and disinformation and make up-to-date climate change information more accessible for all. This project has facilitated climate edits to 800 Wikipedia articles, including content reviews by subject matter experts.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/XPNSNZ/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 3416,
      "title": "Lightning Talk Showcase I",
      "track": "Ceremonies and Showcases",
      "type": "Lightning talk Showcase",
      "language": "en",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-23",
      "start": "16:00",
      "duration": "01:25",
      "abstract": "Join us for an afternoon of lightning talks on fun an important topics in the Wikimedia ecosystem!\r\n\r\n1. [Another Internet Is Already Here: The Wiki Projects as Digital Public Luxury ](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/FVZ3ADXURAJSG33G8J3ECUHW7FRUYVSW)by Jan-David Franke\r\n2. [Empowering GLAM Institutions Through Wikimedia: A Ukrainian–Swedish Training and Leadership Programme](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/RRJHPCDAAMWAKCM9WKFABZNM9WKMSDVP) by Svitlana Vyslinska (WMUA)\r\n3. [India's Software Stories: A Hands-on Workshop with Software Heritage, Commons and Wikidata](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/EYFQXB9WHFAR9WATXTEUFSKADEVWMCP9) by Mathilde Fichen, Pavan Santhosh and Super nabla\r\n4. [If It’s Not Online, It’s Invisible: Minority Languages in the AI Era - The Case of Western Armenian](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/CSYY9A77FJBFMXDKPJAWWQ7NGM3QFCEG) by Shahen\r\n5. [Partenariats et Patrimoine : Documenter Madagascar à travers les campagnes Wiki et les initiatives GLAM ](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/MB7SMAVLAXDUXAHUERBE83XYPGFHD9QF)by Raveloaritiana Mamisoa\r\n6. [Le Réseau WikiSavoirs : une initiative canadienne francophone pour stimuler la culture libre dans le milieu universitaire du pays The WikiSavoirs Network: a Canadian Francophone initiative to foster a culture of openness in the country's academic community ](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/YZUUNUEJCND7Q9ZXYRHDMWFZXQKJEDBL)by Jean-Michel Lapointe\r\n7. [Des rayonnages de la bibliothèque Sainte-Geneviève aux communs numériques. From the shelves of the Sainte-Geneviève Library to the digital commons](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/L98F9FTABAAU9CFVCLANANZZWTFENSVH) by Pauline Rivière\r\n8. [UK Heritage 3D Data at Risk ](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/CF33DZXE88AN3KZDBC7DCWP8YM9ZPY9W)by Richard Nevell (WMUK)\r\n9. [Wikipedia, a tool to safe-guard indigenous women's voices](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/3QKVCSXRCQ8KBB8TLBECNNGQKAXXYXSA) by Alicia Marroquín & Timumachtikannawat\r\n10. [Proyecto MIL: los museos argentinos en Wikimedia Commons](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/JKMFBVRNVSHUW3WUBGWH89NSCRGNXMVX) by Angie Cervellera & Gonzalo Bazgan\r\n11. [SWiP: Strengthening South African Languages on Wikipedia](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/RLZBAUYBWPQN8G9FFDAJBHPXFBFFJV7R) by Lebogang Boemo\r\n12. [Connecting GLAM and Communities: Insights from the Wikimedia Italia GLAM Grant](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/QMHZDDSLR7UK3WZFFYZD7MN3CPQL7KP9) by Marta Arosio (WMIT)\r\n13. [Who's Missing? Using AI to Spot Wikipedia's Coverage Gwipaps](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/FG7JY3FPRS3LXYYW3FGUQZDM8EQWHGFW) by Jonathan Deamer\r\n14. [WikiCurriculum Explorer: Connecting School Curriculum with Wikipedia for Deeper Student Learning](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/VUHYBGVUYP8VZVTDWLTPQZUFAPNCVSHT) by Akbarali\r\n15. [Bridging the Divide: Jewish and Arab University Students in Israel Co-Creating Free Knowledge](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/TLXUWAB7PKXML3XETZFFWX3ATHV7SJVB) by Michal Wander Schwartz and Abeer Abu Zhaia",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/TX9GES/",
      "speakers": [
        {
          "name": "Alicia Marroquín",
          "bio": "I'm Alicia Marroquín, an interpreter at the Timumachtikan Nawat school where the indigenous language Nawat is taught. I'm a teacher, an artist and as a neurodivergent and disabled person, I have experience speaking and leading workshops on neurodiversity and disability. I love learning languages and for years I had been interested in learning the language of my ancestors and it has been learning nawat what led me to the Wikimedia movement through joining the effort of launching the Nawat Wikipedia from the incubator. I've contributed by writing articles, being part of edit-a-thons, translate-wikithons and by leading classes to help other students of Nawat to use the Wikipedia page.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/RDUDBE/"
        },
        {
          "name": "Angie Cervellera",
          "bio": "**Angie Cervellera** es educadora y gestora especializada en museos. Desde el 2020 está a cargo del programa de Cultura de Wikimedia Argentina, desde el cual trabaja junto a museos, archivos, bibliotecas y otras organizaciones culturales de todo el país diseñando propuestas que vinculan sus saberes con los proyectos Wikimedia.\r\n\r\n**Luisina Ferrante** estudió Historia en la Universidad de Buenos Aires. Completó la Maestría en Derechos Humanos y Políticas Sociales en la Universidad Nacional de General San Martín. En el 2022 defendió su tesis de doctorado en la Universidad de Barcelona, su tema de tesis fue el uso de los proyectos Wikimedia como herramientas de alfabetización digital docente en contexto de pandemia de covid-19. Es jefa de cátedra en la materia de Tecnologías de la comunicación en la Universidad de San Andrés, Buenos Aires, Argentina. Se desempeña hace 10 años en Wikimedia Argentina, ocupando actualmente el rol de Directora de Programas.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/CMSCYK/"
        },
        {
          "name": "Gonzalo Bazgan",
          "bio": "Executive Director - Wikimedia Argentina",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/None/"
        },
        {
          "name": "Jan-David Franke",
          "bio": "As a policy advisor with Wikimedia Deutschland, Jan-David works on public-interest digital infrastructures and an Internet for All. Through various civil society alliances - particularly Bündnis F5, Bits & Bäume, and the Alliance for a Federal Transparency Act - and beyond, he advocates for free knowledge, democratic oversight, openness, and sustainability in the digital transformation. He previously led Wikimedia Deutschland’s public broadcasting portfolio and played a key role in developing \"Wiki Loves Broadcast\" into an international network.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/E93ZUW/"
        },
        {
          "name": "Jean-Michel Lapointe",
          "bio": "Jean-Michel Lapointe, ancien bibliothécaire et enseignant, est chargé de projets pédagogiques et numériques au Carrefour d’innovation et de pédagogie universitaire de l’Université du Québec à Montréal. Il participe au mouvement Wikimédia depuis 2014 et a siégé au conseil d'administration de Wikimédia Canada de 2018 à 2022. À la croisée de la bibliothéconomie, de l’éducation aux médias et à l’information et de la culture libre, il promeut l'utilisation pédagogique des projets Wikimédia dans l'enseignement supérieur au Québec et au Canada. Il a co-dirigé avec Marie D. Martel l’ouvrage collectif « Le mouvement Wikimédia au Canada : communautés, institutions et culture libre » (Presses de l’Université de Montréal, 2025), ouvrage traduit en anglais en 2026 chez Athabasca University Press.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/QFFXDR/"
        },
        {
          "name": "Lebogang Boemo",
          "bio": "Lebogang Boemo is a Project Manager at the South African Centre for Digital Language Resources (SADiLaR), where she leads initiatives that promote the development, preservation, and accessibility of South Africa’s official languages online. She currently oversees the SADiLaR–Wikipedia–PanSALB (SWiP) initiative, a national program training university students to create and edit Wikipedia articles in their mother tongues. Through SWiP, students gain digital literacy, translation, and editorial skills while addressing the underrepresentation of indigenous languages online. The project has been rolled out to 18 universities so far, and developing Train-the-Trainer programs to build a sustainable network of local contributors. She also collaborates with language boards, research institutions, and Wikimedia communities to ensure that multilingual content is accurate, reliable, and reflective of South Africa’s linguistic diversity. Her work bridges education, language technology, and open knowledge, including embedding spell-checkers, orthography guides, and terminology tools to enhance article quality. She has presented SWiP at academic workshops and Wikimedia events, sharing lessons learned, best practices, and strategies for scaling similar initiatives globally, inspiring others to expand multilingual participation and knowledge equity on Wikipedia.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/BVMTGL/"
        },
        {
          "name": "Louis Germain",
          "bio": "Louis Germain est le directeur général de Wikimédia Canada depuis octobre 2022.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/X7SXXR/"
        },
        {
          "name": "Raveloaritiana Mamisoa",
          "bio": "I am a freelance journalist, writer, translator, and language activist, applying my skills to document, share, and preserve knowledge. I am also a board member of Global Voices, an international journalism and media organization. Additionally, I serve as the Bilingual Community Coordinator for Africa Wiki Women.\r\nI am an active member of the Wikimedia Community User Group Madagascar and contribute to various Wikimedia projects that promote knowledge sharing, cultural preservation, and linguistic diversity. As a language activist, I write, edit, and improve articles on the Malagasy Wikipedia. I have organized and facilitated workshops, training sessions, and community events to encourage contributions, mentor new editors, and promote best practices for creating reliable, verifiable, and equitable content.\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ABQNL7/"
        },
        {
          "name": "Marta Arosio (WMIT)",
          "bio": "Since 2018 I am the GLAM Coordinator at Wikimedia Italia, responsible for partnerships and collaborations with cultural institutions.\r\nI hold a degree in philosophy and earned a master’s in nonprofit management. I have professional experience in organizational and managerial roles within both nonprofit organizations and public research institutions. I worked for two years at Expo SpA, a highly complex environment, where I managed the operational coordination of events within the exhibition site. I have been a Wikipedia contributor since 2007, primarily active on Wikipedia, Wikidata, and Wikimedia Commons.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/YV7XDN/"
        },
        {
          "name": "Akbarali",
          "bio": "Akbar Ali is an educator, Wikimedia contributor, and tool developer actively engaged in improving the quality, accessibility, and usability of open knowledge across Wikimedia projects. He contributes to Wikimedia Commons, Wikidata, and Wikipedia, with a focus on metadata improvement, structured data, and workflow automation.\r\n\r\nAs an educator, he integrates Wikimedia projects into teaching and learning, promoting digital literacy, open knowledge participation, and student engagement. He has conducted training sessions and workshops for educators and students, helping them contribute effectively to Wikimedia platforms.\r\n\r\nAkbar Ali is also actively involved in Wikimedia community initiatives and education programs, supporting the Wikimedia movement’s mission to advance knowledge equity, reliability, and free access to information.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/BVJMRU/"
        },
        {
          "name": "Michal Wander Schwartz and Abeer Abu Zhaia",
          "bio": "**Michal Wander Schwartz is the ED of Wikimedia Israel, where she leads strategic initiatives to promote free knowledge. With an MBA in Nonprofit Management and an MA in Educational Counseling, Michal specializes in building cross-sector partnerships with academic and philanthropic institutions to advance digital literacy and open access to information.**\r\n\r\n<br>\r\n**Abeer Abu Zhaia is the Director of Arabic Education Programs at Wikimedia Israel. A veteran educator and facilitator, Abeer works on the front lines with schools and university faculty, using Wikipedia as a powerful pedagogical framework. Her leadership is vital in empowering Arabic-speaking students to become confident contributors, ensuring their voices and heritage are equitably represented within the global movement.**\r\n\r\n<br>\r\n<br>\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ZEZWBF/"
        },
        {
          "name": "Pauline Rivière",
          "bio": "Pauline Rivière est ingénieur d'études à la bibliothèque Sainte-Geneviève. Elle est responsable des projets de numérisation et de la bibliothèque numérique Genovefa.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/PPPYCM/"
        },
        {
          "name": "Pavan Santhosh",
          "bio": "I am a Wikimedia contributor and community leader from India, active in the movement since 2013, when I began editing Telugu Wikipedia. My early involvement in community initiatives led me to design on-wiki and off-wiki projects.\r\n\r\nI later worked with the Centre for Internet and Society – Access to Knowledge as a Community Advocate for Telugu Wikimedia projects, focusing on content quality, community growth, partnerships, and capacity building. During this period, I supported the improvement of 25,000 stubs on Telugu Wikipedia, co-organised Train-the-Trainer 2019 and Wikimedia Summit India 2019, and collaborated with educational and government institutions. I have also contributed to movement governance processes, including participation in the Community Health Working Group under Movement Strategy.\r\n\r\nMore recently, I have co-organised major convenings on AI, Indian languages, and digital commons, including WikiConference India 2023, Future of Commons (2024), the Roundtable on Advancing Open and Sustainable Knowledge Networks (2025), and Bahu Bhasa (2025). I continue to work at the intersection of multilingual knowledge ecosystems, community governance, and emerging technologies.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/FXMBRU/"
        },
        {
          "name": "Richard Nevell (WMUK)",
          "bio": "Richard Nevell is a Programme Manager at Wikimedia UK, with responsibility for various partnerships with the cultural and education sectors. He is an experienced Wikimedian and helps organisations share their content under open licenses to reach large audiences. Over the last couple of years he and Wikimedia UK have been adapting their programme to account for the emergence of LLMs.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/EUCKXF/"
        },
        {
          "name": "Shahen Araboghlian",
          "bio": "Shahen Araboghlian joined the Wikimedia movement in 2015 through a [Wikicamp](https://commons.wikimedia.org/wiki/Category:WikiCamp_Beirut_2015#/media/File:WikiCamp,_Yerevan_2015.jpg) and has been actively involved ever since. He is a Volunteer Project Manager of the [Wikimedians of the Western Armenian Language User Group](https://meta.wikimedia.org/wiki/Wikimedians_of_Western_Armenian_Language_User_Group) and an administrator of the [Western Armenian Wikipedia](https://hyw.wikipedia.org/), contributing to governance development, community growth, and long-term linguistic sustainability efforts.\r\n\r\nHe first [attended](https://commons.wikimedia.org/wiki/Category:Lightning_talks#/media/File:Western_Armenian_WikiCamps_by_Shahen_Araboghlian.jpg) Wikimania in 2017, where he delivered a lightning talk on Western Armenian Wikicamps (see [here](https://wikimania2017.wikimedia.org/wiki/Submissions/Western_Armenian_WikiCamps:_From_Lebanon_to_Armenia_to_Portugal_to_France)). Since then, he has participated in multiple Wikimanias (both on-site and online), Wikimedia Summits, CEE regional meetings, and youth-focused gatherings. He has also run as a candidate for the Wikimedia Foundation Board of Trustees (see bid [here](https://meta.wikimedia.org/wiki/Wikimedia_Foundation_elections/2025/Candidates/Shahen_Araboghlian)) and currently serves as a member of the [CEE Steering Committee](https://meta.wikimedia.org/wiki/Wikimedia_CEE_Hub/Steering_Committee).\r\n\r\nBased in Armenia, Shahen is a cultural professional and freelance creative consultant. He works as Student Work Curator & Partnerships Lead at [TUMO Center for Creative Technologies](https://en.wikipedia.org/wiki/Tumo_Center_for_Creative_Technologies) headquarters in Yerevan, while continuing his volunteer engagement in strengthening minority-language representation and community resilience within the Wikimedia movement.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/TRG9WH/"
        },
        {
          "name": "Super nabla",
          "bio": "I'm a computer science researcher and Wikimedian from Pisa (Italy). By day, I work at Sant'Anna School of Advanced Studies, collaborating with the Software Heritage team at Inria Paris to make large-scale code archives more efficient through compression techniques, helping preserve the world's software for future generations.\r\nOn evenings and weekends, I contribute to Wikimedia projects under the username User:Super\\_nabla. My interests focus on structured data and documenting South Asian culture, mainly on Italian Wikipedia. I help as a Meta-Wiki translation administrator, operate a small bot (Nablabot), and enjoy organising local meetups, such as Indian Wiki-cinema in Pisa (2025). I'm also an occasional contributor to the Diff blog.\r\nMy academic background is a PhD from the University of Pisa, where I studied compression algorithms that allow working directly on compressed data. I'm still learning every day: from fellow Wikimedians, from colleagues at Software Heritage, and from the communities I try to serve.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/FJEAZJ/"
        },
        {
          "name": "Jonathan Deamer",
          "bio": "I've been editing English Wikipedia for over 15 years. In 2024 I had the privilege of attending my first Wikimania.\r\n\r\nOver the last couple of years I've developed a particular interest in writing biographies of British artists, focusing in particular on winners of the John Moores Painting Prize, based in my adopted city of Liverpool.\r\n\r\nMy career has largely been at the intersection of technology and media, previously at a large book publisher and now as a data consultant at US-based AI company.\r\nOutside of Wikimedia activities, I'm an enthusiastic runner, music trivia anorak, and I always travel with my Aeropress coffee maker.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/WDVW3U/"
        },
        {
          "name": "Timumachtikannawat",
          "bio": "Héctor Josué Martínez Flores es uno de los 70 docentes especialistas en náhuat e identidad cultural certificados por el Ministerio de Educación de El Salvador. Es activista digital, defensor de la lengua náhuat y fundador del proyecto Timumachtikan Nawat, junto con la escuela comunitaria Ne Ichan Safoura, iniciativa que posteriormente se consolidó legalmente bajo el nombre Timumachtikan Nawat.\r\n\r\nHa dedicado su vida a la revitalización del náhuat mediante clases gratuitas, formación comunitaria y la creación de espacios de aprendizaje y preservación cultural. Gracias a su liderazgo, más de 1,433 personas han aprendido la lengua, contribuyendo al fortalecimiento del idioma y al mejoramiento de las estadísticas nacionales, en un contexto donde actualmente existen aproximadamente 1,135 hablantes en todo el país.\r\n\r\nEl proyecto también alberga la Biblioteca Virtual Náhuat, la más grande de El Salvador, y fue co-autor de la publicación del primer diccionario de náhuat elaborado por una hablante nativa junto con Nantzin Sixta Pérez García, marcando un hito histórico en la documentación lingüística.\r\n\r\nActualmente lidera la Wikipedia en náhuat, que supera los 1,026 artículos y fue lanzada oficialmente el 21 de febrero de 2026, Día Internacional de la Lengua Materna.\r\nSu labor ha sido reconocida por Rising Voices, UNESCO, el Gobierno Vasco y el Parlamento Centroamericano, que lo declaró como “Héroe de la Resistencia Indígena”.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/P98UCP/"
        },
        {
          "name": "Svitlana Vyslinska (WMUA)",
          "bio": "I have been working as a librarian at the Yaroslav Mudryi National Library of Ukraine for almost 20 years, and I am also a member of the Ukrainian Library Association. Of course, I also edit Wikipedia from time to time.\r\nI was happy to work as a consultant on the project “Open GLAM in Ukraine: Opening up and Bringing Ukraine's Cultural Heritage to the Wikimedia Platforms” in 2025, and I am currently serving as the manager of the OGU-TP project.\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7NPZ8N/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 620,
      "title": "An Hour Brainstorming with PTAC",
      "track": "Technology",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-23",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "This one‑hour session will convene Wikimedia contributors, technologists, and community leaders to explore how targeted experimentation, improved collaboration infrastructure, and inclusive outreach can strengthen the movement’s capacity to serve its global audience. Building on PTAC’s recommendations, participants will examine ways to:\r\n\r\n1. Invest in new communication channels and efforts that help contributors find each other and exchange skills\r\n2. Support both online and offline collaboration and bridge the gap between\r\n3. Respond to the rise of synchronous group‑chat communication\r\n4. Experiment with capacity building and non-editing forms of contribution\r\n5. Expand the pool of Users with Extended Rights (UWER) through more effective tools and clearer pathways.\r\n\r\nThe session will combine brief presentations, direct feedback collection, and structured breakout activities, culminating in a shared “experiment‑action plan” that participants can take back to their communities and PTAC can develop on for upcoming recommendations to the WMF.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/RKPXRZ/",
      "speakers": [
        {
          "name": "Egbe Eugene (Eugene233)",
          "bio": "Eugene is a volunteer in the Wikimedia movement and a member of the Product and Technology Advisory council.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/73ZVCM/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 690,
      "title": "Adding and Managing Structured Data on Wikimedia Commons",
      "track": "Technology",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-23",
      "start": "11:00",
      "duration": "00:55",
      "abstract": "With over 9 million edits as the second most active contributor on Wikimedia Commons, I will present a practical, process-oriented approach to implementing Structured Data at scale.\r\nThis workshop focuses on concrete workflows for adding structured information to files and categories, preparing category trees for Structured Data, and integrating content efficiently with Wikidata. Participants will learn which tools and gadgets to use, how to design scalable editing processes, and how to monitor progress using PetScan queries to maintain control over large workloads.\r\nThe session is built around real examples and proven methods. It demonstrates not only what to do, but how to do it consistently, efficiently, and in alignment with best practices. Special attention will be given to assessing completeness—understanding when a specific part of a category tree has been properly structured and reviewed.\r\nBy the end of the workshop, participants will have practical knowledge enabling them to manage files and categories confidently, improve metadata quality, and implement replicable workflows in their own communities. All attendees will receive documentation to ensure that the presented methods can be fully replicated and adapted locally.\r\nTools: Wikicrowd, Depictor, Gadgets: ACDC, SDC , img2wd, acdc\\_pmg, quickpresets on wikidata",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/A8UHUB/",
      "speakers": [
        {
          "name": "PMG",
          "bio": "* I am currently on 2rd position with highest number of edits on commons.\r\n* I am person who have highest number of edits on plwiki.\r\n* I was part of team that was organizing from community side Guiness Record Edithon in 2023\r\n* Currently my main goal is to fill as many as possible Structured Data informations on Commons.\r\n* I was person who did highest number of edits in whole world in December 2023.\r\n* I am person who is first in Depictor tool with more than 1,4 milions of manual edits.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/WNM7NL/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 483,
      "title": "Building Open Datasets for Global Majority Languages",
      "track": "Artificial intelligence",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-23",
      "start": "12:00",
      "duration": "00:55",
      "abstract": "The proposed discussion aims to gather a set of best practices related to language documentation and creation of datasets for the development of AI models. Data collection for building AI technologies has largely been undertaken by a specific set of stakeholders invested in developing LLMs; open knowledge projects like Wikimedia platforms are a major source of such data. However, the data available in various languages, particularly underrepresented and largely oral languages, is still scarce, and faces issues related to quality and curation. Another challenge is the lack of digitised, domain-specific datasets that contribute to the development of smaller, sovereign AI models. These would strengthen open knowledge projects through community-led dataset co-creation and fair, ethical ownership and use. This discussion may therefore be replicated across various languages and Wikimedia projects, to gather insights on language documentation and the forms of data. Importantly, this model may also promote data minimization and contribute to building a more robust data commons in the long-term. Efforts in the Wikimedia and the larger open knowledge movement already offer good examples, such as Lingua Libre, and Mozilla’s Common Voice. For example, Common Voice offers a model for co-created voice datasets in over 290 languages, which may then be used for a wide range of functionalities. While these projects may not have been developed with their potential use for training of AI models, they now offer a way to imagine co-creation of open datasets, with diversity, equity and access by the commons.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/FCAGAZ/",
      "speakers": [
        {
          "name": "Anastasia Stasenko",
          "bio": "CEO and co-founder of Pleias",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7U977Z/"
        },
        {
          "name": "Pavan Santhosh",
          "bio": "I am a Wikimedia contributor and community leader from India, active in the movement since 2013, when I began editing Telugu Wikipedia. My early involvement in community initiatives led me to design on-wiki and off-wiki projects.\r\n\r\nI later worked with the Centre for Internet and Society – Access to Knowledge as a Community Advocate for Telugu Wikimedia projects, focusing on content quality, community growth, partnerships, and capacity building. During this period, I supported the improvement of 25,000 stubs on Telugu Wikipedia, co-organised Train-the-Trainer 2019 and Wikimedia Summit India 2019, and collaborated with educational and government institutions. I have also contributed to movement governance processes, including participation in the Community Health Working Group under Movement Strategy.\r\n\r\nMore recently, I have co-organised major convenings on AI, Indian languages, and digital commons, including WikiConference India 2023, Future of Commons (2024), the Roundtable on Advancing Open and Sustainable Knowledge Networks (2025), and Bahu Bhasa (2025). I continue to work at the intersection of multilingual knowledge ecosystems, community governance, and emerging technologies.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/FXMBRU/"
        },
        {
          "name": "Ramya Chandrasekhar",
          "bio": "Ramya Chandrasekhar is a lawyer and researcher at the Centre for Internet and Society of the CNRS, and also a doctoral candidate in public law at Université Paris-Panthéon-Assas. She studies legal and institutional strategies for commons-based governance of digital infrastructures and digital data. Ramya is also a consultant for the Open Knowledge Foundation, and a member of the Digital Commons Policy Council.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ARWAEB/"
        },
        {
          "name": "Sneha_(OKI)",
          "bio": "I am a researcher working in the areas of digital media and cultures, open knowledge, arts and humanities scholarship and pedagogy, gender and digital rights. Currently, in my role as Senior Research Manager with the Open Knowledge Initiatives team, RCTS, International Institute of Information Technology, Hyderabad, I lead research on open knowledge infrastructures and communities in India.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/BRNKNV/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 388,
      "title": "🥗 Lunch meetup: Wikidata Community Meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-23",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "This meetup is a space for the Wikidata community to come together and geek out on open data.\r\nWe will meet. We will share stories. We will discuss the intricacies of data modelling. We will admire cool apps that use Wikidata's data. We will dream of pink ponies.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/MPVURD/",
      "speakers": [
        {
          "name": "Lydia Pintscher",
          "bio": "Lydia Pintscher is the portfolio lead for Wikidata at Wikimedia Deutschland, supporting the Wikidata community since the beginning. She works at the intersection of community and technology, bringing together people around Free Software and Open Data. She studied computer science at the University of Karlsruhe. She serves as the vice-president of KDE e.V. and the head of the advocacy and awareness section of the European Open Source Academy.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/BTASFE/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 596,
      "title": "Design & Communications without a team: practical survival skills for small Wikimedia communities",
      "track": "Community",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-23",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "**Navigating Wikimedia communications and visual design can be hard for those who are not professionals. But does it mean that everything is lost? What to do when you have responsibilities, but you are a communication person by necessity, and not due to your experience?**\r\n\r\n**We often discuss global aspects — communication strategy, press releases, and brand codes for big events — but overlook the need to share experiences about the small things people struggle with in communications and design on a daily basis.**\r\n\r\n**This 60-minute workshop will provide useful life hacks from personal experience and tackle the challenges in communication and design that we face every day. We will not only share our knowledge and secrets, but also look into real cases of what to do and what not, identify the issues you face and try to find the solution.**\r\n\r\n**It is a space for sharing your small challenges in this area without shame or doubt, to create a healthy and supportive community for future newcomers and volunteers in Wikimedia Comms.**",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/A7DUHA/",
      "speakers": [
        {
          "name": "Iryna Boiko",
          "bio": "My name is Iryna, and for the past two years I've been working as a communication manager at Wikimedia Ukraine. Starting as a history major, I had limited knowledge about Wikimedia projects. However, during my time working with Wikimedia communications and design, I learned a great deal and began sharing this knowledge with our local community, while also supporting relations with our media. Now, communications and visual design for the wikiprojects are my passion, and I want to share my experience with others.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/39JEHV/"
        },
        {
          "name": "User:Miss Kamola",
          "bio": "I am Kamola Abdug‘aniyeva, a Wikimedia volunteer, translator, and community organizer from Uzbekistan. I have been actively involved in the Wikimedia movement since 2024, focusing on youth engagement and content creation in local communities. I organize workshops, meetups, and photo walks with university students, helping them contribute articles and media to Wikipedia and Wikimedia Commons.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/HS3WEV/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 561,
      "title": "User interface localization workshop with translatewiki",
      "track": "Community",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-23",
      "start": "16:00",
      "duration": "01:25",
      "abstract": "Wikipedia and all other Wikimedia projects are available in more than 300 languages. The projects' content is written or translated on wiki pages. But the wiki projects run on a software platform, which has user interface strings, also known as \"messages\", and they have to be translated, too. This is done on the translatewiki.net website. Contributing user interface translations in languages you know on this platform is one of the most useful contributions that you can make to the universe of Wikimedia projects. This workshop will show you how to do it. People who are experienced with translatewiki are very welcome, too, to exchange your experience and maybe to learn new tricks.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/HDV8JV/",
      "speakers": [
        {
          "name": "Amir Aharoni",
          "bio": "Linguist, musician, software developer. Born in Moscow in 1980. Lived in Israel since 1991, and in Providence, Rhode Island since 2023. Edited Wikimedia wikis in English, Hebrew, Russian, Catalan, and other languages since 2004. Contributed localization to translatewiki since 2008. translatewiki administrator since 2011. B.A. in Linguistics and Hebrew language from the Hebrew University of Jerusalem.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/KCDYYQ/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 830,
      "title": "WikiFranca meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "fr",
      "room": "Ouest Room 🌐",
      "day": "2026-07-23",
      "start": "17:30",
      "duration": "01:00",
      "abstract": "Réunion des membres et des communautés WikiFranca.\r\nProgramme à déterminer avec le comité WikiFranca et les membres.\r\nExemple de sujets possibles : structuration de l'association (point d'étape), retours sur le mois de la contribution, pistes de partenariats utiles pour les communautés, retours sur l'enquête concernant les besoins de formations de la communauté WikiFranca",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/DFZWJB/",
      "speakers": [
        {
          "name": "Antoine Cannafarina",
          "bio": "Contributeur sur Wikipédia et Vikidia depuis mes 12 ans en 2013, j'ai à coeur le partage de la connaissance libre, et d'impliquer la jeunesse du monde entier au mieux dans notre mouvement !",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/RSGR73/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 368,
      "title": "Seat at the Table with the Trustees: Roundtable discussions with the Wikimedia Foundation Board of Trustees on trends impacting the movement",
      "track": "Governance & Strategy",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-23",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "The Wikimedia Foundation Board of Trustees hosts a session at Wikimania each year as a critical touchpoint with the communities. They share work and priorities and bring big open questions they're wrestling with or want feedback on. In this session, the trustees will begin with a short presentation on trends and priorities, followed by \"tables\" - breakout discussions on these topics to gather inputs. The topics will likely revolve around the [Wikimedia Foundation Annual Plan global trends](https://meta.wikimedia.org/wiki/Wikimedia_Foundation_Annual_Plan/2025-2026/Global_Trends) \\- content reuse\\, government regulation\\, AI and neutrality\\. Discussions will examine these trends both through the lens of the conference theme of Freedom\\, Equity and Reliability\\, as well as from both contributor and reader perspectives\\, to fully understand how they're shaping Wikimedia and discuss how we respond\\.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/RQTLNL/",
      "speakers": [
        {
          "name": "Bobby Shabangu",
          "bio": "Bobby Shabangu is a member of the Wikimedia Foundation Board of Trustees. He is a long-standing Wikimedia volunteer, community leader, and open knowledge advocate with more than a decade of experience strengthening free knowledge across Africa and the Global South. He has been an active Wikimedian since 2013, contributing to multiple African-language Wikipedias, Wikimedia Commons, Meta-Wiki, Wikidata, and the Incubator. He previously served as an administrator for both the Siswati- and IsiNdebele-language Wikipedias, helping steward the growth and quality of emerging language communities.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3MGQ7P/"
        },
        {
          "name": "Christel Steigenberger",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/JGPCBX/"
        },
        {
          "name": "Jimmy Wales",
          "bio": "**Jimmy Wales** is an American-British Internet entrepreneur best known for founding **Wikipedia.org** in 2001, a crowd-sourced online encyclopedia that has become one of the world's most visited websites. To support its mission, Wales established the non-profit **Wikimedia Foundation** in 2003, where he remains a board member and key spokesperson. In 2004, he also co-founded **Fandom** (formerly Wikia), a for-profit platform hosting community-led wikis for pop culture, gaming, and specialized topics.\r\nWales holds a Bachelor’s degree in finance from Auburn University and a Master’s from the University of Alabama. Beyond his primary ventures, his leadership in the digital space includes serving as a fellow at Harvard’s Berkman Center and joining the Board of Directors for **Creative Commons** in 2006.\r\nHis global contributions to technology and society have earned him numerous prestigious honors:\r\n\r\n* **Time 100 Award (2006):** Named one of the world’s most influential people in the “Scientists & Thinkers” category.\r\n* **Young Global Leader (2007):** Recognized by the World Economic Forum, later joining its board in 2013.\r\n* **UNESCO Niels Bohr Medal (2013):** Awarded for his commitment to an open world.\r\n* **Web Superstar (2014):** Named by *The Daily Telegraph* as one of the top 25 web figures.\r\n\r\nExpanding into publishing, Wales is the author of the book *The Seven Rules of Trust*.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/FP8WBT/"
        },
        {
          "name": "Kathy Collins",
          "bio": "I am a Vice Chair of the Wikimedia Foundation Board of Trustees and Chair of the Audit Committee. I was appointed to the Board in December 2023.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3ET7UL/"
        },
        {
          "name": "Lorenzo Losa",
          "bio": "Long term wikipedian, member of the Wikimedia Foundation board.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/PLTNRY/"
        },
        {
          "name": "Luis Bitencourt-Emilio",
          "bio": "Luis is a member of the Wikimedia Foundation Board of Trustees. He works as the Chief Technology Officer at Loft, where he leads Engineering, Product, Data and Design at the proptech startup helping Latin Americans achieve the dream of home ownership at this top funded startup in the region. Luis is also actively involved as an Advisor and Investor supporting exciting LatAm companies.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7CL7AT/"
        },
        {
          "name": "Michał Buczyński",
          "bio": "Michał is a member of the Wikimedia Foundation Board of Trustees. He has been a dedicated Wikimedian since 2004 and brings extensive leadership experience across the Wikimedia movement. Michał has served on the board of Wikimedia Poland for nearly 14 years as a vice-chair, chair, and currently being vice-chair and secretary, where he helps guide organizational governance and supports strategic initiatives. He played a significant role in establishing the Wikimedia Central and Eastern Europe (CEE) Hub and has represented Wikimedia Poland within the CEE regional network and in Wikimedia Europe.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/NLPLA9/"
        },
        {
          "name": "Mayree Clark",
          "bio": "Mayree is an experienced independent director who works with public and private companies as well as non-profit organizations. Mayree spent over 20 years at Morgan Stanley, where she held various leadership roles including deputy to the Chief Executive Officer and Management Committee, Global Research Director and Head of Private Wealth Management. Her non-profit involvement includes current service on the boards of the Tricycle Foundation, the Silverleaf Foundation and the Wikimedia Endowment, as well as membership in the Council on Foreign Relations.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/AHL8WA/"
        },
        {
          "name": "Nadee Gunasena",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/LLX7FJ/"
        },
        {
          "name": "Maciej Nadzikiewicz / User:Nadzik",
          "bio": "My name is Maciej Nadzikiewicz, and I was part of the Wikimania 2024 Core Organizing Team. You may know me from a couple of different things:\r\n– Wikimedia Foundation Board of Trustees (since 2024)\r\n– Wikimedia Europe Board (2022–2024)\r\n– Wikimedia Poland Governance Board (2020–2022)\r\n– Polish Wikipedia sysop (2020–2024)",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/PCM8AQ/"
        },
        {
          "name": "Victoria Doronina",
          "bio": "Victoria is a member of the Wikimedia Foundation Board of Trustees. She is a Technical Officer at the Faculty of Education at Manchester Metropolitan University in the United Kingdom. Victoria started contributing to Russian Wikipedia in 2006 and became an administrator. The second woman ever to be elected and the first to serve twice on the Russian Wikipedia Arbitration Committee, Victoria is a long-standing mediator in a few of the most debated topics and a Featured and Good articles moderator.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/DLBFGV/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 534,
      "title": "How Wikipedia is seen through the eyes of social media superstars",
      "track": "New Generations",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-23",
      "start": "11:00",
      "duration": "00:55",
      "abstract": "By July, 30+ content creators will have developed 140+ videos for Wikipedia's social channels (TikTok, Instagram, YouTube). Wikimania will be a great opportunity to reflect on these efforts together with Wikimedians.\r\n\r\nTo illustrate the connection between our work, our community, and the future of our movement, the Social team at the Wikimedia Foundation will present our creator strategy – how we intentionally collaborate with creators from diverse backgrounds and cultures, empowering them to interpret and express Wikipedia through their own unique perspectives.\r\n\r\nHere are some questions that we hope to answer with this session:\r\n\r\n* How do we select creators to partner with? And how can they help champion our mission on social media?\r\n* How can the creators' interpretations of Wikipedia help inform the future of our movement?\r\n* How can collaboration with creators elevate our message to young generations of Wikimedians?\r\n* How can our community be inspired by and learn from these experts?",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/USDSB7/",
      "speakers": [
        {
          "name": "Liv Burke",
          "bio": "Senior Marketing Manager, Social Platforms at the Wikimedia Foundation.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ZJZXRE/"
        },
        {
          "name": "Lucas Pasqual",
          "bio": "Social Media Manager at the Wikimedia Foundation",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/XCAFYE/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 306,
      "title": "Three things about Wikimedia that even experienced Wikimedians might not know",
      "track": "Community",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-23",
      "start": "12:00",
      "duration": "00:55",
      "abstract": "The Wikimedia ecosystem is vast, and learning how to navigate it takes a lot of time. Even experienced volunteers and community leaders don't always fully appreciate the subtle ways in which the system works.\r\n\r\nI don't pretend to have all the answers, but I do have over 13 years of experience in Wikimedia as an online volunteer and 5+ years as an affiliate leader – experience which I'll distil into a workshop that will help people who already have some experience in the movement to understand it better.\r\n\r\nSpecifically, we'll discuss:\r\n\r\n1. **“Everything is already somewhere on Meta”.** If you are trying to do a task or an activity, it's likely already been done before. But how can you look for examples and replicate them?\r\n2. **Making sense of the movement's nebulous power structures.** Why is a Wikipedia admin both a “janitor” and a powerful functionary? Why do affiliates have no governing role over their communities and yet often have enormous impact? We'll try to figure out!\r\n3. **How to follow the conversations.** So much of decision-making happens in places that aren't obvious – from on-wiki talk pages to Telegram groups. How do you figure out where the conversations are happening and how to participate in them?\r\n\r\nSince it's a workshop, not a presentation, the session will be interactive – I'll be asking questions to the audience, and we'll do a few exercises together.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/N3WDMQ/",
      "speakers": [
        {
          "name": "Anton Protsiuk",
          "bio": "I've been a Wikipedia volunteer since 2012. In my volunteer capacity, I'm an administrator & bureaucrat on Ukrainian Wikipedia, typically devoting my time to admin and patrolling maintenance tasks, as well as to writing occasional articles on American politics and whatever fascinates me at the moment.\r\n\r\nAs Programs Coordinator of Wikimedia Ukraine, I lead a team of five staff members / contractors and oversee the organization’s programmatic work, such as content campaigns, diversity and editor recruitment initiatives, community events, and communications outreach.\r\n\r\nI'm also a member of the advisory group for the Wikimedia CEE Hub which supports community growth and development in Central and Eastern Europe, and former member of the Hub's Steering Committee.\r\n\r\nI was part of the Core Organizing Team (COT) for Wikimania 2022, a global virtual conference with distributed in-person local events around the world, as well as an advisor to the COT for Wikimania 2024.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/SZVBBN/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 478,
      "title": "🥗 Wiki Women* Lunch 2026- From Participation to Power: Strengthening Women’s Leadership in Wikimedia",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-23",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "The **Wiki Women\\* Lunch** at Wikimania offers a vital informal space for connection, reflection, and solidarity among women and gender-diverse contributors across the movement.\r\nThis facilitated lunch session will move beyond networking to structured dialogue around one central question: ***How do we move from participation to sustained influence and leadership within Wikimedia spaces?***\r\nThe Wiki Women\\* Lunch at Wikimania 2026 will offer a facilitated networking space for women and gender-diverse contributors to reflect on leadership, sustainability, and influence within the movement. Moving beyond informal connections, this session will guide small-group discussions on mentorship, governance participation, burnout, and equitable access to resources. Aligned with the conference theme of Freedom, Equity, and Reliability, the conversation will explore how strengthening women’s leadership improves community health and knowledge integrity. Participants will leave with cross-regional connections and one concrete action to advance gender equity in their Wikimedia communities.\r\n\r\n<br>",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/BCK3TD/",
      "speakers": [
        {
          "name": "CHINMAYEE MISHRA",
          "bio": "Wikimedian and community facilitator working at the intersection of gender equity, digital participation, and movement governance. With over a decade of engagement in the Wikimedia movement, I have contributed as a volunteer leader and in professional roles supporting cross-regional collaboration, program design, and leadership development across South Asia. My work focuses on strengthening equitable participation and creating sustainable pathways for women and underrepresented communities within open knowledge ecosystems.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/Y8QHGQ/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 428,
      "title": "Demo and brainstorm features for Wikipedia Readers!",
      "track": "New Generations",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-23",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "This session will begin with a brief high-level overview of Wikipedia’s evolving reader strategy in response to global shifts in information consumption. We’ll discuss trends in readership, pageview changes, and how the Reader Growth and Reader Experience, and Apps teams are responding with concrete examples of what has moved the needle per platform.\r\n\r\nWe will then go into demo mode, where we show recently released or new and yet unreleased feature ideas. A partial list of potential features to be demo’d are:\r\n\r\n* Reading lists: ability to save articles to read later\r\n* Collections: ability to save article snippets, highlights, and images\r\n* Explore feed: recommendations for further reading\r\n* Activity feed: a tab to see recently read articles and recommendations\r\n* Content discovery: web-based exploration from within articles\r\n* Image browsing: new ways of exploring images on articles\r\n* Share button: ability to share articles and portions of articles\r\n\r\nParticipants will be encouraged to ask questions and provide feedback on all features demo’d.\r\n\r\nParticipants will then break into small brainstorming groups to “think like a reader,” identifying problem areas and unmet needs to co-create feature ideas that balance innovation with Wikipedia’s core principles. Ideas explored will include ways to encourage readers to participate in Wikipedia, customize or personalize their experience, and discover new things to learn. The session invites collaborative input on how we sustain and grow readership and increase pageviews responsibly.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/3PGUQ7/",
      "speakers": [
        {
          "name": "EBlackorby-WMF",
          "bio": "I joined the Wikimedia Foundation in May 2025 as part of the [Movement Communications team](https://meta.wikimedia.org/wiki/Communications/Movement_Communications \"m:Communications/Movement Communications\"). I work closely with [Wikimedia Foundation Product and Technology](https://www.mediawiki.org/wiki/Wikimedia_Product \"mw:Wikimedia Product\") to support the Wikimedia communities and their projects.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/UUNPAX/"
        },
        {
          "name": "Hsuanwei Fan",
          "bio": "I am a lifelong Wikipedia reader and former classroom teacher who taught science and computer science to middle and high school students in Southern California. I joined the Wikimedia Foundation as a product manager on the Reader Experience team in July 2025 and have been working on building features that empower readers to curate, discover, and share knowledge in meaningful ways on Wikipedia.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/KPBJVC/"
        },
        {
          "name": "Olga Vasileva",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/QW8NMN/"
        },
        {
          "name": "SherryYang-WMF",
          "bio": "I am the Product Manager for WMF's Reader Growth team, focusing on improving the on-site experience for infrequent/casual readers who may be less familiar with the wiki projects.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/JXZ3YR/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 286,
      "title": "Trop jeunes pour contribuer sur Wikipédia & Co. ? Engager les 10-15 ans avec un wiki sur mesure (l'exemple du Dico des Ados)",
      "track": "New Generations",
      "type": "Workshop (85 minutes)",
      "language": "fr",
      "room": "Est Room 🌐",
      "day": "2026-07-23",
      "start": "16:00",
      "duration": "01:25",
      "abstract": "Comment faire découvrir la contribution wiki aux jeunes de 10 à 15 ans, alors que les règles et contenus de Wikipédia/Wiktionnaire/etc. peuvent leur paraître trop complexes ?\r\n\r\nDécouvrez Le Dico des Ados, le petit frère du Wiktionnaire ! Créé en 2016 (il fête ses 10 ans cette année !), ce site collaboratif (CC BY-SA 4.0), gratuit et sans publicité, accueille des définitions écrites par et pour les jeunes, avec des mots simples et des exemples adaptés à leur quotidien. Soutenu par Wikimedia CH, le projet compte aujourd'hui plus de 6 500 mots.\r\n\r\nCet atelier pratique de 90 minutes vous mettra dans la peau d'un élève. Vous y découvrirez :\r\n\r\n1. La genèse et le cadre pédagogique du projet (documenté dans des revues éducatives suisses comme Résonances et Éducateur).\r\n2. Une session de contribution en direct : apprenez à ajouter un mot facilement à l’aide du formulaire d’édition.\r\n3. L'intégration de cet outil en classe et les collaborations possibles avec les bibliothèques.\r\n\r\nQue vous soyez enseignant, bibliothécaire ou wikimédien·ne, vous repartirez avec des clés concrètes pour participer à ce projet.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/NLUMVW/",
      "speakers": [
        {
          "name": "Vivian Epiney (WMCH)",
          "bio": "Alongside my almost 20 years (and counting) as a primary school teacher, I joined the team at **Wikimedia CH** to look after projects for education, and **HEP Valais** to lend a hand with digital education training.\r\n\r\n​In 2016, I launched *Le Dico des Ados*, a collaborative dictionary written by kids that currently hosts over 6,700 definitions. The rest of the time, I tinker with stuff for schools, anything from coding moderation bots to designing gamified webapps. In short, I make tools for the classroom.\r\n\r\n***\r\n\r\nEnseignant en primaire depuis bientôt 20 ans (et toujours avec un pied dans l'enseignement) j'ai rejoint l'équipe de **Wikimedia CH** pour m'occuper des projets éducatifs, et la **HEP Valais** pour donner un coup de main sur la formation en éducation numérique.\r\n\r\n​En 2016, j'ai lancé *Le Dico des Ados*, un dictionnaire collaboratif écrit par les jeunes qui compte aujourd'hui plus de 6 700 définitions. Le reste du temps, je bidouille des trucs pour les écoles : ça va des bots de modération à la conception de webapps. Bref, je fais des outils pour le terrain.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/QVY9CH/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 445,
      "title": "Wiktionary meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-23",
      "start": "17:30",
      "duration": "01:00",
      "abstract": "This meetup is intended for people interested in Wiktionary to discuss various important or global subjects with each other, such as technical issues, cooperation across linguistic editions and creating a Wiktionary in a new language.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/G8AA77/",
      "speakers": [
        {
          "name": "Pamputt",
          "bio": "Wikimédien depuis 2006, je contribue ou ai contribué principalement au Wiktionnaire, à Wikipédia, à Wikidata, à Lingua Libre et touche un peu au reste des projets.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3SUX7M/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 242,
      "title": "Accès refusé ?  Le droit d’auteur face aux bibliothèques numériques",
      "track": "GLAM and Partnerships",
      "type": "Panel (55 minutes)",
      "language": "fr",
      "room": "Agora 🌐",
      "day": "2026-07-23",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "Quelle place pour les œuvres protégées par le droit d’auteur au sein des collections des bibliothèques numériques ? \r\nLes bibliothèques numériques et les grands projets de numérisation se sont multipliés au sein des bibliothèques nationales, publiques ou universitaires depuis le milieu des années 2000. La plupart de ces projets ont eu pour priorité de conserver et de diffuser des œuvres assez anciennes pour être déjà tombées dans le domaine public. \r\nPourtant d’autres initiatives donnent une véritable place au patrimoine et à la production littéraire ou scientifique plus récente, qui est toujours protégée par le droit d’auteur. Cela pose évidemment des questions juridiques spécifiques : comment les institutions appréhendent-elles la numérisation et la diffusion des œuvres protégées au sein des bibliothèques numériques ? Dans quelle mesure le cadre juridique actuel est-il limitant ? Comment l’utiliser de manière à permettre d’accéder aux œuvres protégées et de les réutiliser ? \r\nCe panel vise à mettre en lumière les pratiques, les efforts et les limites des personnes qui travaillent à donner accès à ces œuvres en favorisant une comparaison entre les différentes solutions adoptées à travers le monde francophone.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/98CYSN/",
      "speakers": [
        {
          "name": "Camille Françoise",
          "bio": "Camille Françoise is a French Policy Advisor and Program Manager based in the Hague in the Netherlands, specialised in emerging digital technologies, human rights, especially equitable access to information & knowledge in digital environments. Camille is currently pursuing an LLM in Digital & Technology Law at the Université Catholique de Lyon, focusing on GDPR, AI ethics, Cybersecurity, and Platform Regulations. She supports a vision of human-centered and self-determination on digital infrastructures. Additionally, she is member of the board of trustees of Wikimedia France and Deuxfleurs, and the co-coordinator of Knowledge Rights 21 in France.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/KDC9US/"
        },
        {
          "name": "Bernipède",
          "bio": "Je suis bibliothécaire patrimoniale à Bibliothèque et Archives nationales du Québec (BAnQ) et étudiante à la maîtrise en cultures numériques et documentation à l'Institut national de la recherche scientifique (Québec, Canada). Je suis aussi secrétaire pour le conseil d 'administration de Wikimédia Canada. \r\n\r\nJ'ai commencé à utiliser Wikipédia en 2016 comme outil pédagogique en littéracie numérique. Je contribue depuis à l'écosystème wiki comme citoyenne et comme professionnelle. Je m'intéresse au libre accès aux savoirs et aux données, à la datafication des pratiques bibliothéconomiques et au patrimoine québécois.\r\n\r\nI am a heritage librarian at Bibliothèque et Archives nationales du Québec (BAnQ) and a master's student in Digital Cultures and Documentation at the Institut national de la recherche scientifique (QUébec, Canada). I also serve as secretary on the Board of Wikimedia Canada.\r\n\r\nI began using Wikipedia in 2016 as a tool for teaching digital literacy. Since then, I have contributed to the wiki ecosystem both as a citizen and as a professional. My interests include open access to knowledge and data, the datafication of library practices, and Quebec heritage.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/AAQM9E/"
        },
        {
          "name": "Grégory Miura (GregMiura)",
          "bio": "Open knowledge advocate with 25 years of experience in digital information, libraries, and cultural heritage. Formerly at the Bibliothèque nationale de France and Higher Education & Research libraries, I now contribute to Collex-Persée, a French open research infrastructure. My work centers on sharing knowledge, fostering critical thinking, and serving the public good.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7LFPPN/"
        },
        {
          "name": "Marianne Cosnard (MarianneLC)",
          "bio": "Bibliothécaire à la Contemporaine (Université Paris Nanterre), responsable de la bibliothèque numérique [l'Argonnaute](https://argonnaute.parisnanterre.fr/). Je contribue à Wikipédia à titre personnel depuis 2018 et aux projets Wikimedia dans le cadre professionnel depuis 2022.\r\nLibrarian at la Contemporaine (Université Paris Nanterre) and in charge of the digital library [l'Argonnaute](https://argonnaute.parisnanterre.fr/). I have been involved in Wikimedia projects personally since 2018 and professionally since 2022.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/VE7J7X/"
        },
        {
          "name": "Ophélie Wang",
          "bio": "Je suis devenue bibliothécaire après avoir obtenu un doctorat en droit d’auteur. Passionnée par les questions d’accès ouvert et de culture libre, je suis désireuse de mettre son expertise juridique au service des bibliothèques et de la communauté Wikimédia.\r\nProfessionnellement, je suis actuellement élève conservatrice à l’Enssib et co-coordinatrice de Knowledge Rights 21 pour la France. Je suis française et j'habite à Paris.\r\n\r\nI have been working as a librarian for a few years after having obtained a PhD in copyright law in 2020.\r\nI am actually studying to become a *conservatrice des bibliothèques* (senior librarian) and I also am a co-cordinator for Knowledge Rights 21 in France, a legal advocacy program for access to knowledge in Europe. I am French and live in Paris.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7BZKRZ/"
        },
        {
          "name": "Patrick Peiffer",
          "bio": "Patrick Peiffer is a digital curator at the Bibliothèque nationale du Luxembourg (BnL). He is project manager for the implementation of a national research output collection; other responsibilities include digitisation contracts with publishers and out-of-commerce licences. His previous role at BnL was head of the national digital library consortium (until 2024). Earlier projects included co-creating Europeana's licensing framework (2009-2015) and founding Creative Commons in Luxembourg.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/TS3NCB/"
        },
        {
          "name": "Philippe Gambette",
          "bio": "Professeur en informatique à l'Université Gustave Eiffel, j'ai commencé à contribuer à Wikipédia en 2003, et à Wikisource en 2016 en lien avec mes recherches en humanités numériques. Ayant participé depuis 2018 aux édit-a-thons Wikipédia parisiens des sans pagEs, j'ai contribué à développer les ateliers Wikisource Autrices proposés par l'association Le deuxième texte, en lien notamment avec les projets de recherche VisiAutrices et Cité des Dames. J'utilise et contribue également à Wikidata et Wikimedia Commons pour mes travaux de recherche.\r\nCurrently a professor of computer science at Gustave Eiffel University, I began contributing to Wikipedia in 2003 and to Wikisource in 2016 as part of my research in digital humanities. Having participated since 2018 in the Parisian Wikipedia edit-a-thons organized by “Les sans pagEs,” I have helped develop the “Wikisource Autrices” workshops organized by the association “Le deuxième texte,” particularly in connection with the research projects “VisiAutrices” and “Cité des Dames.” I also use and contribute to Wikidata and Wikimedia Commons for my research.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/MRDVGU/"
        },
        {
          "name": "René Pigier (RenéLC)",
          "bio": "I'm an archivist working at la Contemporaine. Library, archives and museum of contemporary worlds. I've been involved personally in Wikimedia projects since 2006 and professionally since 2020.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/J7MR9U/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 343,
      "title": "Behind the Scenes: Opening Doors for Wikimedia Commons Photography",
      "track": "GLAM and Partnerships",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-23",
      "start": "11:30",
      "duration": "01:25",
      "abstract": "Press conferences and events are good opportunities to take high-quality pictures for Wikimedia Commons. However, this presents challenges because press photography differs from the kind of photography usually done alone, such as photographing monuments or architecture. Raymond, a volunteer press photographer for Wikipedia (or more precisely, the Wikimedia Commons media archive), reports on his interesting work: 'I find myself in very different situations. From diplomatic events to construction site visits, the range of appointments is wide and all require a certain professional demeanour. Working with professional photographers also has to be carefully managed to avoid disagreements. Overall, however, I am rewarded with shots that would otherwise have been impossible or very difficult to take. I would like to illustrate these points in the DTS using examples, explain the opportunities and encourage more Commons photographers to address this topic.' The aim of this workshop is to encourage Wikimedians to get accredited for official press events, so that they can photograph people and places that would otherwise be impossible to capture.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/JJGN9M/",
      "speakers": [
        {
          "name": "Matthias Süßen",
          "bio": "Matthias Süßen is a freelance journalist, photographer and mobile journalism trainer who is based in Kiel, Germany. He was born in East Frisia. His main focus on Wikipedia is to improve articles related to East Frisia, regional history, Jewish heritage and coastal landscapes in Northern Germany.\r\n\r\nAs a Wikipedia contributor, he is interested in well-sourced, carefully researched articles that make specialized knowledge accessible to a broader audience. On Wikimedia Commons, he focuses on documentary and landscape photography, creating freely licensed visual material that supports educational and encyclopedic use. He has participated in Wikimania conferences in Hong Kong, Esino Lario and London, and is looking forward to taking part in Wikimania in Paris.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3KRZ8H/"
        },
        {
          "name": "Raimond Spekking",
          "bio": "Wikipedian (User:Raymond) since 2003, mainly active on the German Wikipedia, as photographer on Wikimedia Commons and on Wikidata.\r\n\r\nMember of the board of Wikimedia Deutschland since 2022.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ECUMLS/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 397,
      "title": "🥗 Lunch meetup: Mélange — A Content Partnerships Hub, GLAM, WiR, Lib, Culture and Heritage Meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-23",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "The Melange is a meetup for everyone that works with cultural and heritage in the WIkimedia Movement.\r\n\r\nPlease [register for this Meetup via Meta-wiki](https://meta.wikimedia.org/wiki/Event:M%C3%A9lange_%E2%80%94_A_Content_Partnerships_Hub,_GLAM,_WiR,_Lib,_Culture_and_Heritage_Meetup) so we can contact you and follow up afterwards. Here we will also keep the **agenda up to date**, and you can leave **comments on the talk page** in advance of the meetup.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/B9EPAT/",
      "speakers": [
        {
          "name": "Giovanna Fontenelle",
          "bio": "Program Officer in the **[Content Enablement team](https://meta.wikimedia.org/wiki/Wikimedia_Foundation/Advancement/Community_Growth/Content_Enablement \"m:Wikimedia Foundation/Advancement/Community Growth/Content Enablement\")** (previously known as Community Program or *[Culture and Heritage ](https://meta.wikimedia.org/wiki/Wikimedia_Foundation_GLAM_team \"m:Wikimedia Foundation GLAM team\")*team). I usually work with visual knowledge, Wikimedia Commons, metrics, and structured data, as well as topics related to culture and heritage (GLAM-Wiki). More recently, I have also started working with organizers and campaigns, such as Celebrate Women, and supporting Event Registration.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/RMNHGW/"
        },
        {
          "name": "Karin Glasemann (WMSE)",
          "bio": "Chief Operating Officer at [Wikimedia Sverige](https://meta.wikimedia.org/wiki/Wikimedia_Sverige \"m:Wikimedia Sverige\"). I have worked with digital access to cultural heritage in different roles in the Swedish GLAM sector. My work focused on digital collection management, access through linked open data and open licensing. As GLAM partner, I have initiated several collaborations between Wikimedia and Swedish institutions. I joined Wikimedia Sweden as Chief Officer Operations in September 2025.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/DAWNXT/"
        },
        {
          "name": "conbene",
          "bio": "My name is Connor. I work at the intersection of open access and cultural heritage, mostly with the GLAM community and Creative Commons network. Currently I work as a Community Coordinator for the Content Partnerships Hub",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3B3SUB/"
        },
        {
          "name": "Signe Krantz",
          "bio": "I am the policy officer at Wikimedia Sverige and an award-winning activist with more than ten years experience in policy, advocacy, and media. Through my background in youth organizations, the LGBTQ movement and as an opinion writer, I hope to bring fresh perspectives and methods to one of the most important digital movements.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7RER9Z/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 188,
      "title": "Bringing Interactive Graphs from Our World in Data to Wikipedia",
      "track": "GLAM and Partnerships",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-23",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "Over the last decade we at Wiki Project Med Foundation have been working to bring interactive graphs to Wikipedia. In the last year or two we have succeeded in introducing two approaches of importing Our World in Data visualizations. As well as introducing workflows that permit translation. These efforts were carried out in collaboration with Our World in Data, the Wikimedia Foundation, and the Basque Wikimedians User Group, among others.\r\n\r\nHeilman is with Wiki Med\r\nGalder is with Basque Wikipedia\r\nLionel is a community volunteer\r\nBrian Wolff is with Wiki Med\r\nTim Moody is with Wiki Med\r\nYaron is with Wiki Med (moderator)\r\nLiam Wyatt is with the WMF",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/CMPQQJ/",
      "speakers": [
        {
          "name": "Bawolff",
          "bio": "Hello, I'm User:Bawolff (Brian Wolff). I am a MediaWiki developer. I am interested in the power of Wikis to democratize knowledge. Recently I have been working on projects to allow Wiki contributors to create interactivity instead of just text.\r\n\r\nTo contact me, go to [https://en.wikipedia.org/wiki/User_talk:Bawolff](https://en.wikipedia.org/wiki/User_talk:Bawolff)",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/SN88CR/"
        },
        {
          "name": "Galder Gonzalez",
          "bio": "Executive Director of the Basque Wikimedians User Group, long-term Wikimedian. I contribute mostly to Basque Wikipedia, and I'm active in Wikidata and Wikimedia Commons. Interested on education and innovation, especially multimedia and interactivity.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/WASEBY/"
        },
        {
          "name": "Doc James",
          "bio": "James Heilman is a Canadian emergency physician, Wikipedian, and advocate for the improvement of Wikipedia's health related content. He is a founder and current board chair of Wiki Project Med Foundation, a movement thematic organization.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/DYEQSU/"
        },
        {
          "name": "Lionel",
          "bio": ".",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/FC9PVA/"
        },
        {
          "name": "Liam Wyatt",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/RZG9P8/"
        },
        {
          "name": "Tim Moody",
          "bio": "Upon completion of his formal education, which focused on Asia and India in particular, Dr. Moody discovered a penchant and a proclivity for technology. He served as a Principal Consultant for Sybase, founding professional services groups first in Canada and subsequently in a number of Asian countries. As a serial entrepreneur he went on to co-found two software professional services firms of his own in Toronto.\r\n\r\nAfter retiring from active participation in his companies, Dr. Moody became engaged with the Internet in a Box project as a volunteer serving as an architect, lead developer, and evangelist. He continues to support IIAB projects and to speak at various conferences on providing the offline internet to those who lack an internet connection.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/CXFZ9J/"
        },
        {
          "name": "Yaron Koren",
          "bio": "Yaron Koren is the founder of the MediaWiki consulting company WikiWorks. He is the author of numerous MediaWiki extensions, including Page Forms, Cargo and Replace Text. He is also the author of the reference book *Working with MediaWiki*, and the host of the MediaWiki podcast *Between the Brackets*.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/QYG3JB/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 701,
      "title": "Editing Wikidata with Paulina to improve information on cultural heritage.",
      "track": "GLAM and Partnerships",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-23",
      "start": "16:00",
      "duration": "01:25",
      "abstract": "This workshop aims to test the new features of the Paulina tool for creating and editing Wikidata items about authors and works.\r\n\r\nPaulina (paulina.toolforge.org) is a multilingual, Wikidata-based tool hosted on Toolforge that facilitates the discovery of authors and works, helps determine if they are in the public domain, and provides access when works are available on Wikimedia Commons, Wikisource, or other platforms.\r\n\r\nThe new editing features can facilitate engagement with Wikidata by people from the GLAM community and can be used in various Wikidata editing activities and campaigns focused on cultural heritage.\r\n\r\nPaulina won the 2025 Wikimedia Coolest Tool Award for the most innovative tool.\r\n\r\nDuring the session, a brief explanation of how Paulina works will be given, followed by a detailed presentation of the new features. Participants will test the features, and a final discussion will be held to gather feedback for improving the tool.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/UJWLFS/",
      "speakers": [
        {
          "name": "Jorge Gemetto",
          "bio": "Jorge Gemetto is a member of Wikimedistas de Uruguay. He has been working for over 15 years promoting access to knowledge and the public domain. He is part of the Latin American technical community and currently leads the Paulina project, where he develops data tools based on Wikidata for cultural heritage. He is also co-coordinator of the Ártica Cultural Center and a member of Creative Commons Uruguay.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/M3PXDW/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 506,
      "title": "Meetup for health metrics of the Open Internet",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-23",
      "start": "17:30",
      "duration": "01:00",
      "abstract": "Imagine having key health metrics of the Open and the Commons. This would allow us as a movement to create a strategy and build collective power with partners in order to sustain openness.\r\n\r\nFollowing discussions at the Wikimedia Futures Lab in early 2026, we want to begin researching, defining, and drafting health metrics for the digital commons and everything Open. How can we measure a healthy Open Internet with Free Knowledge? Who could be partners in a coalition to monitor the state of Openness?\r\n\r\nLet's meet and discuss!\r\n\r\n<br>",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/3REWD7/",
      "speakers": [
        {
          "name": "Jens  Ohlig",
          "bio": "-",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/YAZEGM/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 363,
      "title": "Navigating Challenging Spaces On-Wiki - developing a toolkit to support editors.",
      "track": "Community",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room C+D (in-person only)",
      "day": "2026-07-23",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "As we work collectively on pursuing Knowledge Equity, and improving on-wiki coverage of groups and subjects currently underrepresented in the Wikimedia projects, we may well encounter challenges unique to those subject areas. Established editors as well as those new to Wikimedia may feel vulnerable or exposed, or have other negative experiences which leave them discouraged from continuing their involvement with the movement.\r\n\r\nIn January 2026, Wikimedia UK, Wikimedia LGBT+ and the Volunteer Supporters Network presented the event Navigating challenging topics: creating a toolkit for supporting editors.  This event featured speakers and breakout discussion to bring together advice and best practice both for editors and those supporting editors who work in on-wiki areas which might be considered more challenging.  The event was not recorded, but collaborative notes were taken, and at time of writing, an e-booklet is being produced to share that learning with the wider Wikimedia community.\r\n\r\nThis workshop is intended to further the discussion around this topic.  Following a short presentation on the outcomes of the January event, participants will be invited to discuss the challenges they have faced, and share potential solutions to those challenges, as we work to improve the support for both editors, and those supporting editors, working in those on-wiki areas which may be fraught with higher conflict.  In order to allow a more open discussion, this session will not be recorded, but an anonymised summation of key learning points will be shared.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/J9UWVA/",
      "speakers": [
        {
          "name": "Dr Sara Thomas",
          "bio": "Programme Manager at Wikimedia UK (Scotland, Wales, Northern Ireland & volunteering across the UK).\r\nCo-lead at the Volunteer Supporters Network Hub Pilot.\r\nFormer Wikimedian in Residence (Museums Galleries Scotland, Scottish Library & Information Council.)",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/LUZNKU/"
        },
        {
          "name": "Vic Sfriso",
          "bio": "Head of Community and Advocacy Program, Wikimedia Argentina\r\nDirector of Programmes and Community Engagement, Wikimedia LGBT+\r\nVolunteer Supporters Network Hub Co-lead",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/BUXSWL/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 792,
      "title": "🥗 Lunch meetup: Mentors meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Room C+D (in-person only)",
      "day": "2026-07-23",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "Mentors are a huge part of the Wikimedia Movement. They are the interface between newcomers and the wikis. They often face the same issues, but don't share their solutions much. This year, let's gather to know each other and chat around best practices that can be replicated at all wikis!",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/EWTGVM/",
      "speakers": [
        {
          "name": "Trizek (WMF)",
          "bio": "I joined the Wikimedia Foundation in May 2015. I'm part of the [Movement Communications team](https://meta.wikimedia.org/wiki/Communications/Movement_Communications \"m:Communications/Movement Communications\").\r\nSince its inception in July 2018, I'm assisting the [Growth team](https://www.mediawiki.org/wiki/Growth \"mw:Growth\"). Since October 2023, I'm also assisting the [Editing team](https://www.mediawiki.org/wiki/Editing \"mw:Editing\"). In May 2024, I joined the [Contributors group](https://www.mediawiki.org/wiki/Contributors \"mw:Contributors\"), a Wikimedia Foundation cross team that gathers the following teams: [Editing](https://www.mediawiki.org/wiki/Editing_team \"mediawikiwiki:Editing team\"), [Growth](https://www.mediawiki.org/wiki/Growth \"mediawikiwiki:Growth\"), [Moderators Tools](https://www.mediawiki.org/wiki/Moderator_Tools \"mediawikiwiki:Moderator Tools\"), and [Campaigns](https://wikimania.wikimedia.org/wiki/Campaigns/Foundation_Product_Team \"Campaigns/Foundation Product Team\").\r\nI discuss with readers, editors, volunteer developers and Wikimedia Foundation's staff so that they can know each other, know what they all do, what they all expect and what they all hope for. I create and facilitate discussions, with a focus on newcomers.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/973RBY/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 584,
      "title": "Sustainable Networks, Reliable Knowledge: Feminist Organizing Across Regions",
      "track": "Community",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Room C+D (in-person only)",
      "day": "2026-07-23",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "Wikipedia’s openness depends on people who are willing and able to participate. That participation does not happen automatically. It is shaped by access, language, trust, mentorship, and the conditions that allow contributors to stay engaged over time.\r\nIn this session, Art+Feminism Network Ambassadors working across Asia, Anglophone Africa, and Francophone Africa will share how feminist organizing supports Wikimedia communities in practice. Panelists will discuss experiences such as supporting new contributors, addressing content gaps through community-led programs, navigating regional and linguistic barriers, and responding to challenges like burnout and uneven participation.\r\nThe panel will also explore how this organizing work directly affects the reliability of Wikimedia content. Sustainable communities support stronger sourcing practices, shared accountability, and long-term knowledge stewardship. Rather than presenting a single model, the session invites comparison across regions and collective learning with the audience. Participants will have space to share their own community-building challenges, strategies, and questions.\r\nLearning Outcomes\r\nParticipants will:\r\n\r\n1. Gain a clearer understanding of community organizing as essential infrastructure for Wikimedia projects.\r\n2. Learn practical strategies from Art+Feminism Network Ambassadors working across different linguistic and regional contexts.\r\n\r\nIdentify organizing approaches that can be adapted or replicated in their own communities.\r\n\r\n<br>",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/T9NWUK/",
      "speakers": [
        {
          "name": "Anthony Diaz",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/VEH3WC/"
        },
        {
          "name": "Celestine",
          "bio": "Ghanaian researcher, digital media, communications, and open knowledge professional known for her work in international nonprofit, digital media, and Wikimedia ecosystems. She currently serves as a leadership team adviser with Art and Feminism, where she contributes to efforts related to policy building, annual campaign programming, strategic planning, budget, and grant writing. She also serves as the Regional Editor for Sub-Saharan Africa at Global Voices, where she works with contributors across the region to shape editorial direction, strengthen storytelling, and bring locally grounded perspectives to global audiences.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/HWPFRV/"
        },
        {
          "name": "Harriet Bayel",
          "bio": "I am a passionate open knowledge advocate and the Executive Director of the Global Open Initiative Foundation. Dedicated to bridging the digital gender gap, I serve as an Art+Feminism Network Organizer and a member of the Wikimedia Affiliations Committee (AffCom), where I support global affiliates in thriving within the movement. My work centers on empowering women and youth by creating spaces that amplify African voices and cultural expression across Wikimedia projects.\r\nPreviously, I helped shape community growth as a member of the Regional Grants Committee for Sub-Saharan Africa (2021–2023). Beyond my leadership roles, I remain an active contributor dedicated to preserving African culture and women’s legacies across Wikipedia, Wikidata, and Wikimedia Commons.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/YZFKGP/"
        },
        {
          "name": "Jessie Mi",
          "bio": "2015–2018｜Wikiwomen Taiwan Organizer\r\n2018–Now｜Wikimedia Taiwan Board Director\r\n2018–2025｜Art+Feminism Regional Ambassador (East Asia)\r\n2025–Now｜Art+Feminism Network Organizer",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/UJ8CRV/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 243,
      "title": "Legal self-defense workshop for open-knowledge practitioners",
      "track": "Education and Advocacy",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Room C+D (in-person only)",
      "day": "2026-07-23",
      "start": "16:00",
      "duration": "01:25",
      "abstract": "Law, especially copyright law, is often identified as one of the main barriers to open knowledge. An existing legal framework can certainly be limiting for open knowledge projects, but it is also possible to use it creatively and push its limits. The main example of a community-lead hijacking of legal rules might be the copyleft (e.g. Creative Commons) licences. This workshop aims at drawing lessons of such experiences. While it is submitted by trained (French) lawyers and advocates, its goal is not to be a legal class. It is meant as a free space for sharing practices of dealing with complex and pre-imposed legal rules when trying to make knowledge accessible.\r\n\r\nCan we switch from seeing law as a restriction to using it as a helpful tool? What are our attitudes toward law as proponents of open knowledge: are we circumventing, resisting, ignoring or redefining legal requirements?\r\n\r\nIf possible, participants should bring their personal laptop.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/N9VHAP/",
      "speakers": [
        {
          "name": "Camille Françoise",
          "bio": "Camille Françoise is a French Policy Advisor and Program Manager based in the Hague in the Netherlands, specialised in emerging digital technologies, human rights, especially equitable access to information & knowledge in digital environments. Camille is currently pursuing an LLM in Digital & Technology Law at the Université Catholique de Lyon, focusing on GDPR, AI ethics, Cybersecurity, and Platform Regulations. She supports a vision of human-centered and self-determination on digital infrastructures. Additionally, she is member of the board of trustees of Wikimedia France and Deuxfleurs, and the co-coordinator of Knowledge Rights 21 in France.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/KDC9US/"
        },
        {
          "name": "Ophélie Wang",
          "bio": "Je suis devenue bibliothécaire après avoir obtenu un doctorat en droit d’auteur. Passionnée par les questions d’accès ouvert et de culture libre, je suis désireuse de mettre son expertise juridique au service des bibliothèques et de la communauté Wikimédia.\r\nProfessionnellement, je suis actuellement élève conservatrice à l’Enssib et co-coordinatrice de Knowledge Rights 21 pour la France. Je suis française et j'habite à Paris.\r\n\r\nI have been working as a librarian for a few years after having obtained a PhD in copyright law in 2020.\r\nI am actually studying to become a *conservatrice des bibliothèques* (senior librarian) and I also am a co-cordinator for Knowledge Rights 21 in France, a legal advocacy program for access to knowledge in Europe. I am French and live in Paris.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7BZKRZ/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 422,
      "title": "Meetup: UK & Ireland meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Room C+D (in-person only)",
      "day": "2026-07-23",
      "start": "17:30",
      "duration": "01:00",
      "abstract": "Calling all Wikimedians from the UK & Ireland!\r\n\r\nCome join us for a meetup at this year's Wikimania. Whether you're new to the world of Wiki, or have been around for years, let's get together and meet old friends and new.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/ZAEBSP/",
      "speakers": [
        {
          "name": "Dr Sara Thomas",
          "bio": "Programme Manager at Wikimedia UK (Scotland, Wales, Northern Ireland & volunteering across the UK).\r\nCo-lead at the Volunteer Supporters Network Hub Pilot.\r\nFormer Wikimedian in Residence (Museums Galleries Scotland, Scottish Library & Information Council.)",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/LUZNKU/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 602,
      "title": "From Pause to Progress: An Affiliate Recognition, Health, and Readiness Clinic",
      "track": "Governance & Strategy",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-23",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "The Wikimedia Affiliations Committee (AffCom) plays a central role in supporting a healthy and sustainable ecosystem of Wikimedia affiliates. Following the pause in affiliate recognition, which began in August 2025 and was extended until September 2026, communities across the movement are seeking greater clarity about recognition requirements, governance expectations, and what constitutes a healthy and sustainable affiliate.\r\n\r\nThis interactive session will provide an overview of the renewed affiliate recognition framework while also exploring the broader principles of affiliate health, governance, and sustainability. Participants will learn about key outcomes of the recognition review process, updated criteria and expectations, and practical approaches on strengthening internal structures, improving organizational readiness, and fostering accountability, inclusivity, and resilience.\r\n\r\nThe session will combine presentations, discussion, peer learning, and practical self-assessment exercises. Participants will have the opportunity to receive practical guidance and opportunities for dialogue with AffCom members and peers from across the movement.\r\n\r\n**Objectives**\r\n\r\n* Share the key outcomes of the 2025–2026 affiliate recognition review process.\r\n* Learn about updated recognition criteria and expectations for Wikimedia affiliates.\r\n* Explore affiliate health principles, governance standards, and sustainability practices.\r\n* Identify common challenges faced by affiliates and practical ways to address them.\r\n* Discuss transparency, documentation, leadership, and community engagement strategies.\r\n* Assess organizational readiness using an Affiliate Readiness & Health Check tool.\r\n\r\n**Outcomes**\r\nParticipants will leave with a stronger understanding of affiliate recognition and governance, actionable recommendations, and practical strategies for building sustainable and resilient Wikimedia affiliates.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/LST39Y/",
      "speakers": [
        {
          "name": "Harriet Bayel",
          "bio": "I am a passionate open knowledge advocate and the Executive Director of the Global Open Initiative Foundation. Dedicated to bridging the digital gender gap, I serve as an Art+Feminism Network Organizer and a member of the Wikimedia Affiliations Committee (AffCom), where I support global affiliates in thriving within the movement. My work centers on empowering women and youth by creating spaces that amplify African voices and cultural expression across Wikimedia projects.\r\nPreviously, I helped shape community growth as a member of the Regional Grants Committee for Sub-Saharan Africa (2021–2023). Beyond my leadership roles, I remain an active contributor dedicated to preserving African culture and women’s legacies across Wikipedia, Wikidata, and Wikimedia Commons.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/YZFKGP/"
        },
        {
          "name": "Mari Avetisyan",
          "bio": "My wiki journey began when I participated in the Youth Winter Wikicamp in Armenia in 2018, where I discovered the power and potential of collaborative knowledge sharing on Wikimedia platforms. As I am passionate about helping and teaching others, I found my place in the Wikimedia movement immediately. My home wiki is [Armenian Wikipedia](https://hy.wikipedia.org/wiki/%D5%80%D5%A1%D5%B5%D5%A5%D6%80%D5%A5%D5%B6_%D5%8E%D5%AB%D6%84%D5%AB%D5%BA%D5%A5%D5%A4%D5%AB%D5%A1 \"hy:Հայերեն Վիքիպեդիա\"), I am also active on [Wikimedia Commons](https://commons.wikimedia.org/wiki/Wikimedia_Commons \"Wikimedia Commons\"), and recently on [Wikidata](https://commons.wikimedia.org/wiki/Wikidata \"Wikidata\").\r\n\r\nI joined Wikimedia Armenia staff in 2019. Since then, I have been passionately involved in various projects aimed at promoting free knowledge and enhancing access to information in Armenia.\r\n\r\nMy commitment to the Wikimedia movement extends beyond my professional role. Since 2023, I have been an active member of the [CEE Youth Group](https://commons.wikimedia.org/wiki/CEE_Youth_Group \"CEE Youth Group\"), where I collaborate with like-minded individuals to advance the goals of the movement in our region, as well as to empower young individuals and make their voices heard.\r\n\r\nAfter being in the movement for six years, I decided to be more involved than just contributing to Wikimedia projects. In 2024, I was honoured to join the [Affiliations Committee](https://commons.wikimedia.org/wiki/Affiliations_Committee \"Affiliations Committee\").",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/WPGAFA/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 426,
      "title": "De la connaissance ouverte à l'intégrité de l'information",
      "track": "Governance & Strategy",
      "type": "Panel (55 minutes)",
      "language": "fr",
      "room": "Room 2",
      "day": "2026-07-23",
      "start": "11:00",
      "duration": "00:55",
      "abstract": "Wikimedia Côte d'Ivoire s'est progressivement engagé dans la préservation de l'intégrité de l'information en ligne, depuis fin 2024. A cet effet, différentes actions, allant de la sensibilisation/formation de nos bénévoles aux techniques de vérification en ligne à la mise en place récente d'une cellule de monitoring, en passant par la participation à des réseaux locaux de promotion de l'intégrité de l'information, ont été déployées. Comment le savoir libre nous a-t-il conduit à l'intégrité de l'info ? Quel intérêt avons-nous à nous y intéresser ?",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/Z3A37N/",
      "speakers": [
        {
          "name": "Papischou",
          "bio": "Donatien Kangah est un expert ivoirien en médias numériques, spécialisé depuis plus de 15 ans dans l’intégrité de l’information. Il est le président et co-fondateur de Wikimedia Côte d’Ivoire depuis 2013. Consultant pour des organisations internationales telles que le NDI, RSF ou CFI, il déploie son expertise dans la lutte contre la désinformation et les discours de haine. Spécialiste des enjeux éthiques de l'intelligence artificielle, il forme journalistes et acteurs de la société civile à travers l'Afrique. Sur le plan académique, il a fondé l'unité « Web journalisme » à l'ISTC-Polytechnique et enseigne à l'ESJ Lille. Titulaire d'un Master en Management des Médias, il est actuellement doctorant en Management des Organisations.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7JMTDX/"
        },
        {
          "name": "Konan N'Da N'Dri (Dadrik)",
          "bio": "Konan N'Da N'Dri is an Ivorian Wikimedian. He has contributed to Wikimedia projects since 2023 and is an administrator on the French Wikipedia.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/KFSN3W/"
        },
        {
          "name": "Dominique Eliane Yao Sigan",
          "bio": "Dominique Eliane Yao Sigan est une spécialiste ivoirienne en communication et relations publiques, reconnue pour son engagement de longue date au sein du mouvement Wikimédia en Afrique francophone.\r\nMembre active de Wikimedia Côte d'Ivoire depuis 2018, elle en a d'abord été Vice-Présidente avant de porter plusieurs initiatives majeures pour la visibilité des savoirs locaux. Elle est notamment responsable du projet Wikimousso, une initiative dédiée à la création et à l'enrichissement des contenus Wikipédia consacrés aux femmes ivoiriennes de renom, une démarche qui s'inscrit dans la lutte contre les biais de genre et de représentation sur les projets Wikimédia.\r\nSon engagement dépasse le cadre national : depuis 2021 à 2023, elle a présidé le conseil d'administration de WikiFranca, le réseau qui fédère les groupes d'utilisateurs francophones du mouvement Wikimédia à travers le monde. À ce titre, elle contribue à renforcer la coordination, le partage de bonnes pratiques et la représentation des communautés francophones au sein de l'écosystème Wikimédia international.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/KN7KV9/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 449,
      "title": "🥗 Lunch meetup: Open Science Meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-23",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "The Wikimedia and open science movements share the common goal of developing high quality openly available content, yet collaborations between the communities have been limited.\r\n\r\nOver the past 18 months, the project partners\\* have conducted a survey of Wikimedia affiliates to gain an understanding of open science activities within the movement. The survey provided data for an initial mapping, with roughly 20% of the affiliates responding, and of those, 90% expressed an interest in being informed of, or engaged in, open science activities within the movement.\r\n\r\nWe shared these [results](https://commons.wikimedia.org/wiki/File:Open_Science_Wikimedia_collaboration_Wikimania_2025.pdf) at Wikimania in Nairobi as well as in a blog [post](https://diff.wikimedia.org/2025/12/16/strengthening-wikimedia-collaborations-with-and-for-open-science/) on Diff, which resulted in additional affiliates and institutions reaching out to express interest in collaborating.\r\n\r\nBuilding on this strong interest in collaboration, we are organizing a call in March to discuss the development of an Open Science Wiki Community or applying to WMF to establish an Open Science User Group.  Such a community or User Group could raise awareness of open science within the movement, organize convenings, and, critically, provide coordination, as currently there is a lack of awareness of what the affiliates are doing and the potential synergies through collaboration. \r\nWikimania presents a unique opportunity to bring those in the Wikimedia movement interested in open science together to meet in person in Paris to discuss next steps for collaborations.\r\n\r\n\\* Project partners: Wikimedia Sverige, Wikimedistas de la Universidad Nacional de La Plata in Argentina, BOAI Org.\r\n\r\n<br>\r\n<br>",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/ARE9DQ/",
      "speakers": [
        {
          "name": "Melissa Hagemann",
          "bio": "Melissa Hagemann has been at the forefront of the Access to Knowledge movement for over twenty years.   She managed the Open Society Foundations’ work to define Open Access through the BOAI and went on to support the development of the global Open Access movement. To mark the 20th anniversary of the BOAI, she spearheaded the development of new recommendations which emphasize that Open Access is not an end in itself, but a means to further ends, above all, to the equity, quality, sustainability, and usability of research. Recently the BOAI transitioned to an organization to advocate for the development of equitable Open Access.\r\n\r\nMelissa is the director of the BOAI Org, a member of the Board of Creative Commons and has served on numerous boards, including the Advisory Board of the Wikimedia Foundation, as well as the Steering Committee of the Open Climate Campaign.\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/XCXPCR/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 3421,
      "title": "Intro from organizers",
      "track": "Research",
      "type": "Other",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-23",
      "start": "14:30",
      "duration": "00:10",
      "abstract": "Wikimania 2026 coincides with the 25th birthday of the first Wikipedias – a wonderful occasion to celebrate Wikimedia projects, as well as twenty-five years of the practice and research of free knowledge building.\r\nBut this is also a pivotal moment for the web as a whole. Generative AI, rapidly shifting information ecosystems, and increasing pressures on speech, community growth and inclusion, are reshaping how knowledge is created, verified, and used worldwide.\r\nThe Research Track is not yet another venue to present a paper. They are interactive spaces where we invite researchers from across disciplines to meet the extended Wikimedia community attending Wikimania Paris 2026.\r\nTogether we want to identify and discuss the key structural changes or challenges that the community and its projects will have to face within the next 5–10 years.\r\n\r\nThis specific track's program was designed and curated by [a specific team of researchers and volunteers](https://wikimania.wikimedia.org/wiki/2026:Program/Research#Organizing_Team).",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/WPRBFT/",
      "speakers": [],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 3423,
      "title": "Keynote:  Elena Simperl on AI and the Wikimedia Ecosystem",
      "track": "Research",
      "type": "Other",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-23",
      "start": "14:40",
      "duration": "00:35",
      "abstract": "*",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/WKYAHV/",
      "speakers": [
        {
          "name": "Elena Simperl",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/TKHNYE/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 3426,
      "title": "State of Wikimedia Research 2025-2026 + 5 Research Findings and how you can use them in your work. Part 1 : Liberté",
      "track": "Research",
      "type": "Other",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-23",
      "start": "15:15",
      "duration": "00:20",
      "abstract": "-",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/ULCQFF/",
      "speakers": [
        {
          "name": "Leila Zia",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/JMS3PS/"
        },
        {
          "name": "Benjamin Mako Hill",
          "bio": "In my day job, I teach and do research at the University of Washington. I am also an active editor on several wikis and work with the Wikimedia community and the Wikimedia Foundation community to support academic research related to wikis and Wikimedia in a number of ways. Please see my user page on meta for more information.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/YCTAEM/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 839,
      "title": "What Are Our Traffic Trends Telling Us and Why Does It Matter for the Movement?",
      "track": "Research",
      "type": "[research track] 5+5 minutes",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-23",
      "start": "16:10",
      "duration": "00:10",
      "abstract": "As Wikimedia marks 25 years, the way people encounter and engage with our projects is shifting. Search engines, social platforms, AI systems, and other reusers are reshaping how knowledge flows into and out of our ecosystem. This session will share early learnings from ongoing attribution research examining traffic trends, referrers, and what these mean for contributor growth and content health.\r\nGrounded in the themes of Equity, and Reliability, this session invites participants to reflect on how resilient our projects are in a changing information landscape. Together, we’ll ask: Where is our traffic diminishing the fastest? Which traffic sources are strengthening the contributor pipeline? And what does this mean for protecting free, reliable knowledge over the next 25 years?\r\nParticipants will reflect on what these trends mean for the sustainability of Wikimedia’s contributor ecosystem and the future of open knowledge.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/WAJEMV/",
      "speakers": [
        {
          "name": "Kadeem Khan",
          "bio": "**Kadeem Khan** is a data scientist currently working on traffic and contributor research at the Wikimedia Foundation. His work focuses on understanding how readers discover Wikimedia projects and how those pathways relate to participation, contributor growth, and the health of the knowledge ecosystem.\r\nBefore joining Wikimedia, Kadeem spent nearly a decade working across the technology and social impact sectors, including roles at Meta and Mastercard, where he led data-driven initiatives supporting public information campaigns and global development programs.\r\nOutside of his professional work, he contributes to Wikipedia, primarily editing articles related to the Caribbean, geography, and global development. He is particularly interested in how data and research can help strengthen Wikimedia’s role as a resilient and equitable knowledge commons.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/MQM9TT/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 890,
      "title": "Are Wikimedians using AI in their work (and if yes, how)? Findings from the 2026 Community Insights survey",
      "track": "Research",
      "type": "[research track] 5+5 minutes",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-23",
      "start": "16:20",
      "duration": "00:10",
      "abstract": "The Wikimedia projects face two broad challenges with the recent rise of generative AI: how to keep human traffic and contributions on the Wikimedia sites, and how to navigate the effects of AI on contributions to the projects. To add nuance to the conversations around the latter challenge, we need to understand how AI is being used by Wikimedians today. To do so, we added a series of questions to the upcoming 2026 Community Insights survey, the largest continuous survey of Wikimedians across projects and languages, to understand whether and how editors are using AI in their on-wiki work. This presentation will focus on these findings, and the intersections between use and editor backgrounds (for example, different sizes of Wikimedia projects or editor tenure). The discussion will ask the audience to reflect on these findings, and they may shape audience members' conversations about AI and the Wikimedia movement.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/PWRLTX/",
      "speakers": [
        {
          "name": "Tanja Anđić (User:TAndic (WMF))",
          "bio": "I am a Senior Survey Specialist on the Wikimedia Research team, and have worked at the Wikimedia Foundation since 2021. I have conducted cross-project multilingual surveys such as the Community Insights survey, Safety survey, and most recently the Successful Newcomers survey (on English Wikipedia). My interests are in editor demographics, motivations, sentiments, barriers to editing, and how to make editing accessible to everyone. I also provide survey support and feedback to Wikimedians, Affiliates, and researchers, and help with reviewing survey requests on CentralNotice. I'm a sociologist by training, and love to hear from anyone studying the Wikimedia movement!",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/BGB7C8/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 891,
      "title": "Is Wikimedia a streamable data commons? From Dumps to Data Flows in the Age of AI Extraction",
      "track": "Research",
      "type": "[research track] 5+5 minutes",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-23",
      "start": "16:30",
      "duration": "00:10",
      "abstract": "This lightning talk examines how Wikimedia, as a major knowledge commons, is adapting to the extractive dynamics of contemporary AI systems. It proposes to rethink Wikimedia content not as stable datasets (dumps), but as flows embedded within evolving AI infrastructures. At the core of this talk is a provocative question: “Is Wikimedia a streamable data commons?” Wikimedia projects have become key training resources for large AI models, often accessed through large-scale automated scraping, raising critical issues of reciprocity and sustainability. The talk highlights a shift from open data dumps toward more controlled, stream-based access (via APIs, structured datasets, and RAG-compatible formats) as a strategy to regain agency over data circulation. In this configuration, Wikimedia Enterprise, the WMF’s for-profit subsidiary, acts as a central gatekeeper by offering curated, stream-oriented access pathways. However, this transition raises two major challenges. First, it may reinforce third-party AI services that centralize access to knowledge. Second, it introduces governance tensions: while content production remains collaboratively governed by the community, infrastructure and monetization layers are increasingly centralized within the Foundation, creating a potential disjunction between the governance of content and that of data infrastructures. Format / interactivity plan: The session will combine a short presentation with an interactive discussion structured around a visual map of Wikimedia data flows (from editing to AI integration). Participants will be invited to reflect on scenarios for governing data streams in commons-based ecosystems.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/CFHHCD/",
      "speakers": [
        {
          "name": "Nathalie Casemajor (Seeris)",
          "bio": "Nathalie Casemajor is a professor at the Centre Urbanisation Culture Société of INRS (Institut national de la recherche scientifique, Montreal). Her work focuses on the intersections of culture, technology, and territories. Her recent research examines global knowledge platforms, digital commons, data cultures, technological scenes, and blockchain. She holds the Research Chair on Digital Commons and serves as Director of the Fernand-Dumont Chair on Culture. She started contributing to Wikipedia in 2012, after conducting a post-doctoral research on GLAM projects. She was a board member of Wikimedia Canada from 2014 to 2016. In the last few years, she has been involved in several community, educational and GLAM projects in Canada and France.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/X7FBXD/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 650,
      "title": "From open data to sustainable data commons: A multilayered ecosystem",
      "track": "Research",
      "type": "[research track] 5+5 minutes",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-23",
      "start": "16:40",
      "duration": "00:10",
      "abstract": "The Open Knowledge Foundation and CIS at CNRS, assisted by the broader open movement legal, research and technical communities, are working towards a globally validated social, technical and legal infrastructure necessary for the sustainable production and inclusive reuse of a data commons. The problem we are aiming to solve is the shortcomings or inadequate design of current tools towards models for sustainable, inclusive, regenerative, and ethical data commons as well as the social attitudes toward sharing. Many are *no longer willing to share unconditionally* after seeing works they shared liberally, or even placed in the public domain, used for purposes opposed to their ethics or that effectively contribute to the erosion of fundamental rights.\r\n\r\nOffering options now to share and grow the data commons is imperative to opening the possibilities that high-quality data sets bring to small enterprises, researchers, social innovators, artists, scientists, and society in general. We want to share our approaches with the Wikipedia/Wikimedia research community to develop interoperable legal, governance, and technical tools to complete the infrastructure and legal framework for sustainable data commons. Both partners are established leaders with 20 years of experience in open licensing, advocacy, and interdisciplinary backgrounds. The team members are already working on projects with communities. The result we are aiming for in the coming years is to achieve the social, economic, and legal sustainability of open data commons, rather than extraction and value appropriation from open data.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/AW3PEA/",
      "speakers": [
        {
          "name": "Ramya Chandrasekhar",
          "bio": "Ramya Chandrasekhar is a lawyer and researcher at the Centre for Internet and Society of the CNRS, and also a doctoral candidate in public law at Université Paris-Panthéon-Assas. She studies legal and institutional strategies for commons-based governance of digital infrastructures and digital data. Ramya is also a consultant for the Open Knowledge Foundation, and a member of the Digital Commons Policy Council.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ARWAEB/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 341,
      "title": "Construire un modèle de protection des contributions face à l’enclosure des contenus culturels numériques",
      "track": "Research",
      "type": "[research track] 5+5 minutes",
      "language": "fr",
      "room": "Room 2",
      "day": "2026-07-23",
      "start": "16:50",
      "duration": "00:10",
      "abstract": "1. Certaines questions à l’entrecroisement de celles relatives à la manière dont les systèmes d’intelligence artificielle générative (SIAG) sont alimentés et à celles portant sur le droit d’auteur se posent aujourd’hui avec acuité pour des acteurs comme Wikimédia. Des contenus de Wikipédia, produits par des contributeurs, sont largement utilisés par des systèmes comme ChatGPT[1] et par des intelligences artificielles conversationnelles comme Grok. Cependant, les licences qui leur sont relatives, si elles sont Creative Commons, autorisent la réutilisation et le partage à l’identique, mais ne mentionnent pas l’exploitation commerciale et exigent l’attribution aux auteurs. Or, les systèmes d'intelligence artificielle ne respectent pas ces principes.\r\n2. Prenant en compte d’un côté la manière dont sont discutées ces licences en Europe, au sein des associations Wikimédia (France, Allemagne, etc.) en regard de la confrontation avec le droit d’auteur européen, et d’un autre côté la mise en débat par la fondation mère Wikimédia de cette question notamment des SIAG eu égard au droit états-unien, ma participation vise à apporter des suggestions de protection des contenus de Wikipédia permettant à la fois le respect de l’esprit des Creative Commons et une évolution vers la reconnaissance d’une attribution collective n’excluant pas l’opposition à l’exploitation commerciale.\r\n\r\n***\r\n\r\n[\\[1\\]](#_ftnref1) Wikimédia, « Wikilegal/Copyright Analysis of ChatGPT »,  [https://meta.wikimedia.org/wiki/Wikilegal/Copyright_Analysis_of_ChatGPT](https://meta.wikimedia.org/wiki/Wikilegal/Copyright_Analysis_of_ChatGPT),  consulté le 19 février 2026.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/QKV7UG/",
      "speakers": [
        {
          "name": "Christine Chevret-Castellani",
          "bio": "Enseignante à la Sorbonne Nouvelle (Paris 3) et chercheuse au Laboratoire Irméccen, j’ai déjà contribué à titre personnel à l’encyclopédie Wikipédia. Formée initialement en droit et en sciences politiques, j’évoque, dans mon habilitation à diriger des recherches en sciences de l'information et de la communication, les problématiques rencontrées par Wikimédia dans le cadre de la construction du droit européen, en particulier eu égard à la manière dont la fondation est assimilée aux grandes plateformes et progressivement contrainte aux mêmes obligations juridiques que des industriels du numérique (« Stratégies d’acteurs publics et politiques-Tactiques d’acteurs de la société civile et de YouTube autour de la « réforme » européenne du droit d’auteur. Pour une approche institutionnaliste en Sciences de l’information et de la communication », Mémoire original d’Habilitation à diriger des recherches, présenté le 9 décembre 2024 à l’Université Paris-Panthéon-Assas ([https://carism.assas-universite.fr/fr/soutenances-carism)](https://carism.assas-universite.fr/fr/soutenances-carism))).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/CUQDAD/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 850,
      "title": "Can Source Reliability Be Predicted on Wikipedia? Evidence from Feature Analysis",
      "track": "Research",
      "type": "[research track] 5+5 minutes",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-23",
      "start": "17:00",
      "duration": "00:10",
      "abstract": "Wikipedia depends on reliable sources, but what kinds of signals actually help predict whether a source will later be judged reliable or problematic? \r\nDrawing on recent work on language-agnostic modeling of source reliability, I will highlight which families of features appear most useful for prediction across Wikipedia language editions. These include signals derived from a source’s editing history, patterns of reuse, persistence over time, and contextual interactions with editors and articles. Rather than presenting a full system overview, the talk will focus on what these features reveal about how reliability is expressed in practice on Wikipedia.\r\nThe main contribution of the talk is to connect technical feature design with Wikimedia’s community processes: if some signals are consistently more informative than others, what does that tell us about how editors collectively identify trustworthy or risky references? By focusing on features rather than model outputs alone, the session provides a compact, interpretable entry point for researchers, tool builders, and community members interested in verifiability and knowledge integrity.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/HVFVJS/",
      "speakers": [
        {
          "name": "Andreas Kaltenbrunner",
          "bio": "Andreas Kaltenbrunner is Associate Professor of Machine Learning at Pompeu Fabra University (UPF) since January 2026. He utilizes methods from data science, artificial intelligence, and complex systems to address research questions in computer science and computational sociology. He has co-authored over 100 publications in these fields and holds a PhD in Information and Communication Technologies, obtained in 2008 from UPF.\r\n\r\nSubsequently, he worked at the Barcelona Media Technology Center, where he co-founded the Social Media research line and served as its director starting in May 2013. Between June 2015 and August 2017, he was the Scientific Director of the Digital Humanities Research Unit at Eurecat. In September 2017, he joined the tech startup NTENT as Director of Data Analytics. He later moved to the ISI Foundation (Turin, Italy) as a Senior Researcher in \"Data for Good\" from October 2020 to March 2023, and then to the Universitat Oberta de Catalunya (UOC) from April 2023 to December 2025 as the founding director of the AI and Data for Society (AID4So) research group at the Internet Interdisciplinary Institute (IN3).\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/BLPQ87/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 3498,
      "title": "Research Meetup",
      "track": "Research",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-23",
      "start": "17:30",
      "duration": "01:00",
      "abstract": "-",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/AVYZMD/",
      "speakers": [],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 352,
      "title": "From Training to Measurable Contribution: Evaluating Fact-Checking Programs in Wikimedia Communities",
      "track": "Education and Advocacy",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-23",
      "start": "11:00",
      "duration": "00:55",
      "abstract": "This workshop is based on experience designing and delivering structured fact-checking training for Wikipedians, volunteer contributors, and newsroom partners across several initiatives in Africa. Through live webinars, edit-a-thons, and ongoing mentorship, participants strengthened existing articles, improved citations, corrected misinformation, translated content into African languages, and produced evidence-based fact-checks.\r\n\r\nThis session shares what worked, what needed adjustment, and how measurable contributions can be built into training design without complex systems. The workshop will also introduce a four-module open-access MOOC on Wikipedia fact-checking, covering foundations, collaborative workflows, digital verification tools, and ethical considerations.\r\n\r\nThe MOOC was developed to extend learning beyond live sessions and support sustained, self-directed growth. Participants will leave with practical ideas for designing training that leads to consistent, high-quality contributions within Wikimedia communities.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/DC9RBV/",
      "speakers": [
        {
          "name": "Dr Aderohunmu Damilola",
          "bio": "Damilola Aderohunmu is a Code for Africa’s Academy Programme Manager, who oversees capacity-building initiatives across the continent. Her work includes designing and supporting fact-checking and verification training delivered within Wikimedia communities, including programmes involving Wikipedians-in-Residence and volunteer contributors working on Wikipedia projects.\r\n\r\nShe has led the development of structured training models aimed at improving citation quality, strengthening editorial standards, and supporting sustained contributor engagement. Her work integrates mentorship systems, defined contribution targets, and post-training evaluation approaches to connect skills development with measurable improvements in content. Damilola also leads the Academy's MOOC platform, academy.AFRICA, which also houses an open-access MOOC on Wikipedia fact-checking, is designed to extend learning beyond live workshops and support self-directed contributor growth.\r\n\r\nBeyond Wikimedia-related initiatives, she has designed and managed education programmes that have reached over 5,000 participants across 23 African countries, focusing on fact-checking, information integrity, and Training of Trainers models. Her work centres on building practical, measurable pathways from training to reliable knowledge production.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/TYBEHE/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 555,
      "title": "🥗 Lunch meetup - Wiki Loves Monuments Meet-up: Experience & Learnings from Organisers and Participants",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-23",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "Over the past 15 years, Wiki Loves Monuments has witnessed active and massive contributions from organisers and participants from over 50 countries, and it is still expanding. While each year WLM witnesses an influx of new communities/contributors joining, it is also evidenced that some old contributors are using the exit door. Yet, Wiki Loves Monuments has not outlived its relevance across the board.\r\nHowever, in a world stricken by man-made destruction (war, bombing) and natural disasters (earthquakes, erosion, tsunamis), it calls to mind and raises pertinent questions of what would be left of the world's heritage and monumental sites if they are all eroded before being documented. In this instance, Wiki Loves Monument becomes a consolation, ensuring preservation and digitisation before eroding and extinction.\r\nIt is on the premise of these concerns that this meet-up is proposed - to converge Wiki Loves Monuments Organisers and participants who had, have and are still contributing to the campaign. To hear their challenges, learn from their experiences and celebrate their successes on the journey so far. Encouraging continuity in the preservation of monumental and heritage sites.\r\n\r\n<br>",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/3PMVZP/",
      "speakers": [
        {
          "name": "Lucy Iwuala",
          "bio": "Lucy Iwuala is a language professional and community engagement strategist with expertise in language localisation, digital content management, and multilingual project coordination. Her work bridges linguistic and cultural gaps, ensuring inclusive digital resources and skills, and accessible communication for youths, women and other minority groups.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3XCKKN/"
        },
        {
          "name": "Manfred Werner (WMAT) / Tsui",
          "bio": "From Vienna, Austria. As User:Tsui I am a writing Wikipedian since 2004, then became contributor to Wikimedia Commons since its beginning. In the meantime I also participate in Wikidata and other projects here and there. Since 2018 I am an employee at Wikimedia Austria, mostly working on community projects, supporting people who dedicate their time and contribute their knowledge and media to Wikimedia projects. Part of my time there is dedicated to supporting the organising team of Wiki Loves Monuments.\r\nOverall I have participated in, then also organised and supported quite a lot of contests, from writing, to Wikidata and most of all photography, both national and international.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/X799ZM/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 223,
      "title": "Cyber Smart I 10 Essential Security Practices for Wikipedians",
      "track": "Education and Advocacy",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-23",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "How can you effectively protect your data and Wikipedia? What habits should you adopt to ensure your personal and organization’s digital security?\r\n\r\nIn this session, we present 10 best practices to help you protect yourself effectively in the digital space.\r\nYou will learn how to create strong, unique passwords that can withstand attacks, how to protect yourself using a VPN, and how to recognize the warning signs of phishing emails or scams.\r\n\r\nOur ethical hackers will give a demo of how easy can be to introduce into a mailbox and how to prevent it!",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/ZPKA9M/",
      "speakers": [
        {
          "name": "Giulio Zucchini",
          "bio": "I'm Head of Cyberforgood.org !\r\nThis is my first time at Wikimania :)",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/UBPN3E/"
        },
        {
          "name": "Quentin Louisiade",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/SF9YN7/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 390,
      "title": "Hands-on workshop on Metabase, a knowledge base for the Wikimedia movement",
      "track": "Community",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-23",
      "start": "16:00",
      "duration": "01:25",
      "abstract": "Metabase (https://metabase.wikibase.cloud/) is a Wikibase Cloud instance created to collect and connect information about Wikimedia movement activities and resources. It is being developed as part of the Content Partnerships Hub, aimed at strengthening the capacity of the global community.\r\nIn this hands-on workshop, participants will both learn about the project, its rationale and structure, and be guided in making their first contributions.\r\nThe workshop will consist of three parts:\r\n1\\. Introductory presentation about Metabase\\.\r\n2\\. Edit\\-a\\-thon\\.\r\n3\\. Discussion about the potential of the platform\\, any problems encountered\\, and how different communities can contribute to and use it in their work\\.\r\nObjectives:\r\n\\* Learn what Metabase is, what it is for, and what kinds of information it stores.\r\n\\* Understand the modelling standards and notability criteria of the platform.\r\n\\* Understand the differences and similarities between Metabase and Wikidata.\r\n\\* Explore the contents of the platform using SPARQL queries.\r\n\\* Contribute to the platform with content relevant to the participants' engagement and interests.\r\n\\* Generate ideas for how different groups within the Wikimedia community can contribute to Metabase and the data.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/D3Q3TN/",
      "speakers": [
        {
          "name": "Alicia Fagerving",
          "bio": "Alicia Fagerving is an employee of Wikimedia Sverige, working primarily with Linked Open Data and partnerships. They are involved in developing the [Content Partnerships Hub](https://meta.wikimedia.org/wiki/Content_Partnerships_Hub), with the goal of lowering the thresholds for Wikimedians and affiliates around the world to do great partnerships.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/HVPH3D/"
        },
        {
          "name": "conbene",
          "bio": "My name is Connor. I work at the intersection of open access and cultural heritage, mostly with the GLAM community and Creative Commons network. Currently I work as a Community Coordinator for the Content Partnerships Hub",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3B3SUB/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 699,
      "title": "Wiki Loves Earth International: community meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-23",
      "start": "17:30",
      "duration": "01:00",
      "abstract": "This meetup **aims to bring together the Wiki Loves Earth community**: organizers, volunteers, contributors, and enthusiasts to share experiences, discuss best practices, and explore opportunities for collaboration. Participants will have a round of introductions, contest updates, and a few activities. Approximate expected number of participants: up to 20.\r\n\r\nSuch a meetup was previously organized during Wikimania 2024 and Wikimania 2025 and went quite successfully. The informal setting encourages networking, peer learning, and sharing ideas for improving content and participation in the project globally.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/BPP97C/",
      "speakers": [
        {
          "name": "Olesia Lukaniuk",
          "bio": "I've been working as a **project manager** at Wikimedia Ukraine since 2022, coordinating mostly International initiatives, such as the International photographic competition Wiki Loves Earth (International and Ukrainian parts), the Ukrainian working group of the seed project Heritage Guard Network, and Ukraine's Cultural Diplomacy Month 2025 and 2026.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/D3LPNF/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 353,
      "title": "Table ronde: L'universalisme français, ou la tyrannie de la majorité. Pistes pour une Wikipédia francophone plutôt que française.",
      "track": "Community",
      "type": "Other",
      "language": "fr",
      "room": "Room 4",
      "day": "2026-07-23",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "Avec la participation de:\r\n\r\n1. [Miguel Tremblay](https://fr.wikipedia.org/wiki/Utilisateur:Dirac) (Québec)\r\n2. [Donatien Kangah](https://fr.wikipedia.org/wiki/Utilisateur:Papischou) (Côte d'Ivoire)\r\n3. [Alexandra Tchuileu](https://fr.wikipedia.org/wiki/Utilisateur:Lexy_Tchuileu) (Cameroun)\r\n4. [Florence Nibart-Devouard](https://fr.wikipedia.org/wiki/Utilisateur:Anth%C3%A8re) (France)\r\n5. [Raveloaritiana Mamisoa Isabelle](https://fr.wikipedia.org/wiki/Utilisateur:Mammysou17) (Madagascar).\r\n6. [Sabrina Mac Gregor](https://fr.wikipedia.org/wiki/Utilisateur:SabrinaMacGrg) (Québec, Animatrice)\r\n\r\nLa Wikipédia francophone n'est pas une Wikipédia française, mais lorsqu'il y a confrontation des opinions, c'est souvent la vision hexagonale qui finit par dominer. Les décisions prises par vote majoritaire peuvent alors marginaliser les perspectives des francophones hors de France, qu'ils soient québécois, africains, belges ou suisses. Les conventions de nommage, les critères d'admissibilité et les débats communautaires reflètent parfois un cadre de référence français présenté comme universel.\r\n\r\nCette présentation propose un état des lieux de ce biais, à partir d'exemples concrets tirés principalement du contexte québécois, mais aussi de la francophonie africaine. Elle s'appuie sur mon expérience de contributeur et sur le chapitre de Nathalie Casemajor dans l'ouvrage collectif *Le mouvement Wikimédia au Canada* (Presses de l'Université de Montréal), qui analyse les protocoles de pluralisation culturelle des savoirs dans Wikipédia.\r\n\r\nL'objectif n'est pas de pointer du doigt, mais de proposer des pistes concrètes pour que la Wikipédia francophone devienne véritablement francophone : des mécanismes qui permettent aux communautés minoritaires de faire valoir leurs perspectives sans être systématiquement écrasées par le poids du nombre. Comme ce n'est généralement pas la majorité qui initie l'ouverture envers ses minorités, et cette session s'adresse d'abord aux francophones non français qui souhaitent faire entendre leur voix.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/MY9BYD/",
      "speakers": [
        {
          "name": "Alexandra Tchuileu",
          "bio": "Wikimédienne\r\nPrésidente honoraire du Wikimedians of Cameroon User Group\r\nEn charge de la conception de la stratégie de déploiement du mouvement Wikimédia au Cameroun pendant plus de cinq ans avec l'ensemble du Bureau exécutif. Coordination générale de la mise en œuvre de projets locaux propres à la communauté camerounise. Organisation de plusieurs campagnes internationales pour la création de contenus sur les plateformes wiki.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/LSVWEN/"
        },
        {
          "name": "Papischou",
          "bio": "Donatien Kangah est un expert ivoirien en médias numériques, spécialisé depuis plus de 15 ans dans l’intégrité de l’information. Il est le président et co-fondateur de Wikimedia Côte d’Ivoire depuis 2013. Consultant pour des organisations internationales telles que le NDI, RSF ou CFI, il déploie son expertise dans la lutte contre la désinformation et les discours de haine. Spécialiste des enjeux éthiques de l'intelligence artificielle, il forme journalistes et acteurs de la société civile à travers l'Afrique. Sur le plan académique, il a fondé l'unité « Web journalisme » à l'ISTC-Polytechnique et enseigne à l'ESJ Lille. Titulaire d'un Master en Management des Médias, il est actuellement doctorant en Management des Organisations.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7JMTDX/"
        },
        {
          "name": "Florence Devouard",
          "bio": "Username:Anthere (she/her).\r\nFrench. Languages : FR N; EN-4.\r\n\r\n* Co-Executive Director of Wiki in Africa\r\n* Consultant for the Community Care Programme of Wikimedia CH\r\n* Wikipedian-in-Residence at World Intellectual Property Rights (WIPO)\r\n* Former Chair of Wikimedia Foundation\r\n* Co-founder, former Vice-Chair and currently member of Wikimédia France\r\n\r\nKey words : Wikipedia, Wikimedia Commons, Africa, IP rights, Open Movement, Community Building, Open Source, Creative Commons, Life-long learning, accountability, Gender Gap, Equity, Care\r\n\r\nMore info and contacts\r\n\\* fdevouard//@//[anthere.org](https://app.eventyay.com/talk/redirect/?url=http%3A//anthere.org%3ASnNANUzWPMgPOVNMkEacPbSSoYNL837nLtK-V1qerXg)\r\n\\* [https://www.linkedin.com/in/devouard/](https://app.eventyay.com/talk/redirect/?url=https%3A//www.linkedin.com/in/devouard/%3A5bb4U87ZC3ds0GX-yPXq3Jyh1Jo1raMaMQhS4DhP9k8)",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/MZG3QV/"
        },
        {
          "name": "Miguel Tremblay",
          "bio": "Miguel Tremblay (Dirac) est physicien et contributeur à l'écosystème Wikimédia depuis mai 2003. Physicien de formation, il a travaillé à Environnement et Changement climatique Canada dans des domaines liés aux données ouvertes, à la modélisation atmosphérique et aux marchés du carbone. Il travaille aujourd'hui comme intégrateur d'IA dans le domaine du design électrique.\r\n\r\nIl cumule plus de 16 000 contributions sur la Wikipédia francophone, a créé 183 articles et importé plus de 600 images. Il contribue également à Wikidata, où il est le fondateur et animateur du WikiProject sur les observations météorologiques, ainsi qu'à Wikimedia Commons. Il est le dresseur de RCRefBot, qui corrige les références Wikipédia de Radio-Canada, et participe au projet Les sans pagEs pour combler le fossé des genres sur Wikipédia. Il documente publiquement comment il utilise l'IA générative comme outil d'assistance dans son travail éditorial.\r\n\r\nIl a rédigé le chapitre sur les gouvernements ouverts dans l'ouvrage collectif *Le mouvement Wikimédia au Canada*, publié aux Presses de l'Université de Montréal. Il a également co-animé des ateliers Wikidata avec CAPACOA dans le cadre de l'initiative Un avenir numérique lié pour les arts de la scène.\r\n\r\nBasé au Québec, il s'intéresse aux enjeux de représentation des francophones hors France dans Wikipédia.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/JW3HH7/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 488,
      "title": "🥗 Lunch meetup: WikiCite meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Room 4",
      "day": "2026-07-23",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "WikiCite is the Wikimedia project with the goal of making all citations available in Wikidata, for use in Wikimedia projects and beyond. We start with citations to scholarly publications.\r\n\r\nThis is a non-technical meetup for anyone who wants to discuss better Wikidata integration of citation datasets, university partnerships, or matching Wikipedia writing with scholarly publications.\r\n\r\nNews for 2026: Wikidata's 2015 SPARQL engine being replaced, so much greater capacity is coming! Wikidata's policies on inclusion and mass imports are in discussion! The Wikidata graph split was finalized in February 2026, and you have new options for accessing WikiCite content! Scholia service is restored using Qlever as a SPARQL engine!",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/7MLAEB/",
      "speakers": [
        {
          "name": "DrThneed",
          "bio": "I'm a New Zealand Wikimedian, she/her, and I have a scientific editing background. I have interests in all sorts of things, but my personal editing focuses especially on women in science, women in New Zealand, science in New Zealand, and history. From the beginning of 2022, I have led the Wikidata and Wikipedia-based [New Zealand Thesis Project.](https://en.wikipedia.org/wiki/Wikipedia:GLAM/NZThesisProject) In 2026 I am [Wikimedian in Residence at the University of Otago](https://en.wikipedia.org/wiki/Wikipedia:GLAM/OU) in the very south of New Zealand.\r\n\r\nAt Wikimania Paris I am launching the Wikifying a conference handbook, look out for my poster and come and grab a copy of the handbook if this is the kind of work you might like to do! I am interested in talking about public engagement with Wikipedia (why do so few people understand how a Wikipedia page comes about?), conflict of interest processes, connection of thesis collections and other publication metadata to Wikidata, and engagement with young people and experts.\r\n\r\nI work across Wikipedia, Wikidata, Wikimedia Commons and WikiSource. For December 2024 I made a Wiki-themed Advent Calendar on BlueSky, just for fun. You can see the [Wiki version here](https://en.wikipedia.org/wiki/User:DrThneed/Advent_Calendar_2024).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/GJG3JG/"
        },
        {
          "name": "Daniel Mietchen",
          "bio": "I am a biophysicist working on opening up the research process. This includes integration of scholarly workflows with Wikimedia platforms, e.g. by uloading media files from open-access sources to Wikimedia Commons, by mapping scholarly terms to Wikidata items and lexemes and by contributing to the development of Scholia, a tool for browsing the scholarly content of Wikidata.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/EW9HX8/"
        },
        {
          "name": "Lane Rasberry",
          "bio": "Lane Rasberry is Wikimedian-in-residence at the [School of Data Science](https://en.wikipedia.org/wiki/School_of_Data_Science \"School of Data Science\") at the University of Virginia. His interests include [popular science](https://en.wikipedia.org/wiki/Popular_science \"Popular science\"), [consumer protection](https://en.wikipedia.org/wiki/Consumer_protection \"Consumer protection\"), [civic engagement](https://en.wikipedia.org/wiki/Civic_engagement \"Civic engagement\"), access to health information, [clinical research](https://en.wikipedia.org/wiki/Clinical_research \"Clinical research\"), the Open Movement, [data science](https://en.wikipedia.org/wiki/Data_science \"Data science\"), [LGBT history](https://en.wikipedia.org/wiki/LGBT_history \"LGBT history\"), and [Wikimedia projects](https://en.wikipedia.org/wiki/Wikimedia_projects \"Wikimedia projects\").",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/KMUCFU/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 357,
      "title": "Collateral Damage? Human Creativity and Interaction in the AI Crawling Era",
      "track": "Artificial intelligence",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Room 4",
      "day": "2026-07-23",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "The rapid growth of AI crawlers is reshaping how human-created knowledge circulates online, often faster than communities, publishers, and platforms can adapt. Last year's Wikimania featured a session from WMF P&T outlining the problem, and one of Wikimedia's responses. This year, we have more examples of how the same trends are affecting knowledge creators beyond Wikimedia, and other response options.\r\n\r\nThis session brings together a diverse set of organizations experiencing the impacts of large-scale AI crawling from different vantage points: open knowledge platforms, news publishers, internet infrastructure providers, and other online communities either facing or responding to rising scraping demands. Participants will learn how AI crawling differs from traditional search indexing, and why existing expectations of mutual benefit are breaking down. They'll walk away with a greater understanding of how organizations are experimenting with technical, policy, and social responses to protect contributors and sustain participation. The panel explores a central question:  **How can we ensure that human relationships, creativity, and shared stewardship continue to power knowledge in an agentic internet?** Attendees will gain a clearer understanding of how Wikimedia fits into a broader ecosystem confronting similar challenges, and where collaboration or collective action may be possible.\r\n(Panel participants TBA.)",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/99YG8F/",
      "speakers": [
        {
          "name": "Alek Tarkowski",
          "bio": "Alek is the Director of Strategy and co-founder at [Open Future](https://openfuture.eu), the think tank for the digital commons. He has 20 years of experience with public interest advocacy, movement building and strategy work. He is a sociologist by training and holds a Ph.D. in sociology from the Polish Academy of Science. He also sits on the Board of [Wikimedia Europe](https://meta.wikimedia.org/wiki/Wikimedia_Europe) and chairs the Board of [Centrum Cyfrowe](https://centrumcyfrowe.pl/en/homepage/), a Polish digital think tank. He currently cooperates with Wikimedia Switzerland, designing strategies that Wikimedia and other knowledge commons can adapt in face of challenges caused by AI technologies. Previously, he joined the Movement Strategy process as the sole non-Wikimedian participant, representing the Creative Commons network in the Partnerships working group. His previous experience also includes sitting on the Board of Directors of Creative Commons, and serving as advisor on digital strategy to the Polish Prime Minister.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3TLRDC/"
        },
        {
          "name": "Anna Tumadóttir",
          "bio": "Anna Tumadóttir is CEO at Creative Commons. She joined in September 2019 as the Director of Product and also served as COO before being appointed to CEO in early 2024. Anna’s background includes leadership of distributed start-ups and work in public university administration. She is focused on safeguarding equitable, open access to knowledge, while balancing societal considerations regarding creative labor in an age of AI. Anna holds a bachelor’s degree in political science from Macalester College and a master’s in strategic management from the University of Iceland.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/MUVPZK/"
        },
        {
          "name": "Mark Graham",
          "bio": "Mark Graham is director of the [Wayback Machine](https://web.archive.org/) at the [Internet Archive](https://archive.org/), where he works to help make the Web more useful and reliable by archiving and making available hundreds of millions of Web pages every day (more than 1 Trillion archived web pages to date).\r\n\r\nPreviously, Mark was senior vice president with NBC News Digital where he managed several business units including Stringwire, a live mobile video platform for collaborative citizen reporting. Mark also served as senior vice president of technology at iVillage, The Women’s Network and cofounded Rojo Networks, one of the first large-scale feed aggregators and personalized blog readers. In the early days of the internet Mark led [The WELL](https://en.wikipedia.org/wiki/The_WELL)’s effort to build the first web-based interface for online forums. He also helped bring the pre-web internet to millions of people by creating and running AOL's Internet Center. Additionally, Mark managed technology for the pioneering US-Soviet Sovam Teleport email service and cofounded and lead PeaceNet, one of the first online communities for progressive social change, and later the Institute for Global Communications, IGC.org, one of the world’s first ISPs. He also cofounded the global NGO, Association for Progressive Communications, [APC.org](https://www.apc.org/en).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/lspk6899/"
        },
        {
          "name": "Monica Westin",
          "bio": "Monica Westin is the Director of Open Policy Development at Cambridge University Press and a Trustee of Wikimedia UK. Her background in open science & the open knowledge movement spans roles in university and research libraries, Google Scholar, and the Internet Archive.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/FSW9RW/"
        },
        {
          "name": "Stan Adams",
          "bio": "I'm a public policy attorney based in Washington, DC. I began work at the Wikimedia Foundation in April 2023. Prior to Wikimedia, I worked in the US Senate as General Counsel to a Senator. Before that I worked at the Center for Democracy & Technology, focusing on artificial intelligence, telecom, and copyright policy. In my role at the WMF, I advocate for laws and policies to protect and enable the Wikimedia movement in the United States, Mexico, and Canada.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/Q9WKZF/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 673,
      "title": "Governing the Open Web in the Age of AI: From Legal Principles to Technical Practice",
      "track": "Artificial intelligence",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Room 4",
      "day": "2026-07-23",
      "start": "16:00",
      "duration": "01:25",
      "abstract": "As AI systems increasingly rely on web data, the governance of the open web is entering a period of rapid change. Legal frameworks, technical standards, and community norms are evolving simultaneously, raising fundamental questions about who can access knowledge, under what conditions, and with what safeguards.\r\n\r\nThis workshop brings together legal and technical expertise from the Wikimedia movement and the Common Crawl Foundation to connect principles with practice.\r\nWe begin with an overview of the legal frameworks and recent AI and copyright cases, such as LAION or OpenAI vs. New York Times, including text and data mining exceptions, licensing, and ongoing policy debates on opt-out. It will give an overview of how public interests are currently interpreted in different jurisdictions by taking into account the meaning for the Wikimedia movement and CC-licences.\r\n\r\nIn the second part of this workshop, we examine how these principles are implemented in practice at Common Crawl. Specifically, we will introduce responsible web crawling practices, including adherence to robot.txt,  crawler politeness, transparent identification, and opt-out processes. The Wikimedia movement will gain insight into how public web archives are created and maintained as shared infrastructure for research and open knowledge.\r\n\r\nAt the end, we want to discuss together with participants how the growing use of crawler blocking, the proliferation of AI-specific opt-outs, and their implications for the accessibility and diversity of web data, can change the open data governance in the age of AI.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/BCSV8D/",
      "speakers": [
        {
          "name": "Pedro Ortiz Suarez",
          "bio": "Pedro holds a Ph.D.  in Natural Language Processing from Sorbonne Université and Inria. His research has mainly focused on how data quality impacts ML models’ performance and how to improve these models through data-driven approaches. Pedro has been a main contributor to multiple open source multilingual large language model initiatives such as CamemBERT, BLOOM and OpenGPT-X. Most of his research has been focused on web data, especially through projects like OSCAR. Recently he has worked in governance for web data, specifically by participating to the IETF AI Preferences Working Group, which will standardize building blocks that allow for the expression of preferences about how content is collected and processed for Artificial Intelligence (AI) model development, deployment, and use.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/T7KREN/"
        },
        {
          "name": "Saskia Ostendorff",
          "bio": "Dr. Saskia Ostendorff is General Counsel at Wikimedia Deutschland, lawyer and policy expert in media, copyright and digital regulation. Her work focuses in particular on freedom of expression, platform regulation, generative AI, and the governance of emerging technologies. She is co-editor of a leading German textbook on copyright law, publishes regularly in academic journals, and is regularly invited to teach and lecture on media, copyright and digital law. She contributes to legislative and policy debates at the intersection of fundamental rights, technology and democratic governance.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7FBN39/"
        },
        {
          "name": "Malte Ostendorff",
          "bio": "Malte is a research engineer at Common Crawl Foundation. He holds a Ph.D. in computer science from the University of Göttingen. Malte’s research has mainly focused on information retrieval, recommender systems, and language modeling. Most recently, he worked on the collection and curation of pretraining datasets for large language models, contributing to several European language modeling projects. Malte is a strong advocate for open data and open science, co-founding initiatives such as Occiglot and Open Legal Data.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/KNRNED/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 171,
      "title": "Wikimedians who have or support Neurodiversity",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Room 4",
      "day": "2026-07-23",
      "start": "17:30",
      "duration": "01:00",
      "abstract": "Our meetup brings together Wikimedians who identify as neurodiverse or who want to support the needs of this group. We want to intensify our contacts from past Wikimanias and strengthen our collaboration in a positive atmosphere.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/NT9MUC/",
      "speakers": [
        {
          "name": "DomenikaBo",
          "bio": "2012 first edits as an author on German Wikipedia. Since then participation in Community events like Wikimania, WikiCon, WikiDACH, GLAM on Tour.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/TE7HZ7/"
        },
        {
          "name": "Martin Rulsch",
          "bio": "Martin Rulsch is project manager for communities & engagement at Wikimedia Deutschland. He supports local Wikimedia groups in their self-organized community rooms, connects volunteers on a global level and conducts community surveys. In his volunteer time, he does administrative tasks like fighting global vandalism and supports community governance and communications at various places.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/FUYMPH/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 833,
      "title": "Sharing & Collective Action in the Age of AI",
      "track": "Artificial intelligence",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-23",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "AI systems rely on massive quantities of web data, drawing on billions of human-created artifacts to train models, generate outputs, and reshape culture. Yet the implicit social contract that once governed how machines interact with the open web is beginning to unravel. Increasingly, creators and institutions are questioning whether contributing to the digital commons still benefits them. Concerns about the exploitation of creative labor, extractive AI practices, and environmental impacts are prompting some to retreat behind paywalls, block crawlers, or remove content entirely.\r\n\r\nWhat happens to the commons when the web no longer wants to be read by machines? A future where knowledge and culture are locked behind proprietary systems is equally troubling. At the same time, many creators are experimenting with AI themselves—exploring new forms of creativity and opening conversations about a spectrum of responses, from resistance to engagement.\r\n\r\nCreative Commons is developing new tools that allow content stewards to communicate expectations about how machines and AI operators should access, use, and reciprocate when drawing from the commons. This workshop will introduce early prototypes of these tools and invite participants to engage directly with them.\r\n\r\nThrough facilitated discussion and small-group activities, participants will explore potential use cases, identify risks and opportunities, and share perspectives from their own communities. Feedback gathered during the session will be synthesized and incorporated into Creative Commons’ ongoing global consultation on AI and the commons, with key insights shared publicly through the CC blog.\r\n\r\n<br>",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/ZJVVNA/",
      "speakers": [
        {
          "name": "Annemarie Eayrs",
          "bio": "Annemarie joined Creative Commons as their Communications Manager in 2025, supporting the organization’s external communications, messaging, and brand work. Before CC, Annemarie worked at a variety of nonprofits, including Coffee House Press, the Hennepin County library system, and the Oregon Museum of Science and Industry. Her sweet spot is at the intersection of digital engagement, storytelling, and narrative change. Annemarie is located in Portland, OR, with her dog and cats.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/FXUNTJ/"
        },
        {
          "name": "Dee Harris",
          "bio": "Dee Harris is a global advocacy strategist and marketing communications leader who has spent her career working in the space where strategy and story meet, making the case that when they're aligned, communications become the engine of change. At Creative Commons, she serves as Director of Communications and Engagement.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ERGTRU/"
        },
        {
          "name": "Jocelyn Miyara",
          "bio": "Jocelyn Miyara is the Senior Manager, Community Strategy and Engagement at Creative Commons, where she plays a central role in building, nurturing, and coordinating CC’s global community. She leads strategic engagement initiatives, supports grassroots leadership, and fosters inclusive participation across the CC community. Jocelyn also stewards community communications, facilitates international collaboration, and acts as a key bridge between CC and the broader open movement.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/DDN9WV/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 565,
      "title": "Harnessing GenAI for Wiki Workflows: a practical workshop for responsible use",
      "track": "Artificial intelligence",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-23",
      "start": "11:30",
      "duration": "01:25",
      "abstract": "GenAI tools are increasingly used by Wikimedia contributors, affiliates, and partner organizations, yet questions remain about how to use these tools responsibly, effectively, and in alignment with Wikimedia values.\r\nThis 90-minute workshop offers a practical, beginner-friendly introduction to harnessing GenAI for Wikimedia workflows. Rather than focusing on theory, the session will explore concrete use cases related to common wiki activities, such as drafting, summarizing, structuring information, supporting research, and preparing content for contribution.\r\nThe workshop emphasizes responsible use, including attention to sourcing, verification, bias, transparency, and community norms. Participants will engage in guided exercises and small-group discussion designed to build confidence and critical awareness.\r\nNo advanced technical knowledge is required. The session is intended for contributors and affiliates who are curious about AI tools but want a structured, values-aligned entry point.\r\nBy the end of the workshop, participants will have practical strategies they can adapt to their own workflows, along with a clearer understanding of both the opportunities and limitations of generative AI in Wikimedia contexts",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/3PQTKC/",
      "speakers": [
        {
          "name": "Andrew Lih",
          "bio": "Andrew Lih has been a contributor to Wikipedia since 2003 and serves as an administrator on both the English Wikipedia and Wikidata. He is the author of The Wikipedia Revolution (2009), a chronicle of the platform’s early history and growth.\r\n\r\nHe has played a leading role in fostering collaboration between the Wikimedia community and cultural heritage institutions. In the United States, he currently serves as Wikimedian at Large at the Smithsonian Institution, the world’s largest museum and research complex. He previously worked as a Wikimedia strategist at The Metropolitan Museum of Art, helping to integrate its open access collections into Wikidata and Wikimedia Commons.\r\n\r\nIn 2024, he led the GLAM CSI (Contributor Study Initiative) project at the Smithsonian, funded by the Wikimedia Foundation, to analyze and improve the technical contribution workflows and document key user experiences within the GLAM Wiki community. In recognition of his contributions, he was named one of the first Wikimedia Laureates in 2022 for his lifetime work in advancing the Wikimedia movement.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/F7PMM8/"
        },
        {
          "name": "Éder Porto",
          "bio": "Éder Porto is Products and Technology Manager at Wikimedia Brasil, where he represents the organization on the Wikimedia Foundation's Products and Technology Advisory Council. He also serves as a member of the Expert Committee of the Content Partnerships Hub.\r\n\r\nHe holds a bachelor's degree in Applied Mathematics from the University of São Paulo (2017) and a graphic design qualification from the Paula Souza Center (2011). A Wikimedian since August 2016, his contributions have focused primarily on Wikidata, Wikimedia Commons and the Portuguese Wikipedia. Alongside his staff role, he has served as a volunteer member and contact person for Wikimedia Brasil since 2019.\r\n\r\nHis research and interest areas include Wikidata, free software, and visual communication.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3HJ3GA/"
        },
        {
          "name": "Samuel Klein",
          "bio": "I am a wikipedian, translator and [inclusionist](https://meta.wikimedia.org/wiki/Association_of_Inclusionist_Wikipedians/Quotes \"Association of Inclusionist Wikipedians/Quotes\"). I have designed a range of platforms for offline teaching and [community-owned publishing](https://knowledgefutures.org/) of research and data, helped build a [national digital library](https://en.wikipedia.org/wiki/DPLA \"w:DPLA\"), directed part of a global [education project](https://en.wikipedia.org/wiki/One_Laptop_per_Child \"w:One Laptop per Child\"), and served as a [trustee](https://meta.wikimedia.org/wiki/User:Sj/Platform \"User:Sj/Platform\") of the Wikimedia Foundation. I co-hosted Wikimania 2006 and WCNA 2019, and have worked on a range of other convenings to expand the Commons.\r\n\r\nCurrently I am building the *AI Commons*, for knowledge used and produced by AI systems, and *Omnipedia*, collective knowledge that any agent can edit.\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/UCFUP9/"
        },
        {
          "name": "Shani Evenstein Sigalov",
          "bio": "Dr. Shani Evenstein Sigalov is an educator, researcher, and long-standing Open Knowledge advocate working at the intersection of Education, Technology, Innovation and Openness, with a key interest of integrating Wiki projects into the academic curricula. Finishing serving 6 years on the Wikimedia Foundation’s Board of Trustees, she is currently serving as a Marie Skłodowska-Curie Postdoctoral Research Fellow at the Digital Humanities Research Hub, University of London. In this capacity she is leading the AI-BRIDGES project, exploring how institutional data, Wikidata/Wikibase, and Generative AI systems can be responsibly connected, working closely with the movement and its partnering organizations.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/PCU7GJ/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 456,
      "title": "🥗 Lunch meetup: Biodiversity meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-23",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "This is a thematic meetup/lunch proposal to gather those Wiki editors and other Wikimania attendees interested in or actively enriching the Wikiverse with biodiversity related knowledge. The intent of this meetup/lunch is to provide an opportunity for this diverse community to come together, make connections and to share ideas, workflows and tools in an informal setting.\r\n\r\nEtherpad link: [https://etherpad.wikimedia.org/p/Wikimania_2026_Biodiversity_Meetup](https://etherpad.wikimedia.org/p/Wikimania_2026_Biodiversity_Meetup)\r\nGoogle slides link: [https://docs.google.com/presentation/d/1sR0GIjIDhYqx6rWBoksd4ulDQ5Z_dzQ26hX-C4IjppQ/edit?usp=sharing](https://docs.google.com/presentation/d/1sR0GIjIDhYqx6rWBoksd4ulDQ5Z_dzQ26hX-C4IjppQ/edit?usp=sharing) \r\nPlease feel free to add slides if you want to do a brief presentation on your work or WikiProject.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/GQLK73/",
      "speakers": [
        {
          "name": "Siobhan Leachman (User:Ambrosia10)",
          "bio": "I was recently employed part time as a [Wikimedian in Residence](https://en.wikipedia.org/wiki/Wikipedia:GLAM/NZBSI) for the Maanaki Whenua - Landcare Research group of the New Zealand Bioeconomy Science Institute. I also volunteer with the [Biodiversity Heritage Library](https://meta.wikimedia.org/wiki/Biodiversity_Heritage_Library). I co-organise the regular [Aotearoa New Zealand Online meet up](https://en.wikipedia.org/wiki/Wikipedia:Meetup/Aotearoa_New_Zealand_Online) as well as the [Wellington Wiki meetup](https://en.wikipedia.org/wiki/Wikipedia:Meetup/Wellington). I write and enrich [English Wikipedia](https://en.wikipedia.org/wiki/User:Ambrosia10) articles, upload images and add structured data to [Wikimedia Commons](https://commons.wikimedia.org/wiki/User:Ambrosia10) and am a prolific editor of [Wikidata](https://www.wikidata.org/wiki/User:Ambrosia10). \r\n\r\nWhile undertaking my Wiki work I continue to volunteer for a plethora of GLAM, digital humanities and citizen science projects. I am currently obsessed with editing and collaborating on multiple Wikimedia projects on topics such as biodiversity data, citation data, New Zealand endemic moths, women scientific illustrators, natural history contributors, research expeditions, name authority data, iNaturalist images, scientific publications and artworks. I am also involved in various Wiki outreach initiatives, many of which are in some way related to biodiversity knowledge. In 2023 I was named Wikimedia Laureate.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/WXPRXT/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 575,
      "title": "AI, Automation, and Human Judgment: Safeguarding Reliability in the Age of Generative Tools",
      "track": "Artificial intelligence",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-23",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "As generative AI tools become increasingly accessible, Wikimedia communities face new challenges around content reliability, verification, and editorial oversight.\r\nThis panel explores:\r\n\r\n* Risks of AI-assisted content creation\r\n* Opportunities for AI-powered quality control\r\n* Ethical considerations\r\n* Governance approaches for automation\r\n\r\nPanelists will present contrasting perspectives (technical, community, and policy-driven) followed by audience Q&A.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/KLVTAT/",
      "speakers": [
        {
          "name": "Anwesha C",
          "bio": "Independent researcher and consultant. Has worked on gender gap in editorial participation; member of WikiDonne. Participated as a speaker at Wikimania 2019 and Wiki Women Camp 2023.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/EJWTRQ/"
        },
        {
          "name": "Ilario Valdelli",
          "bio": "Ilario Valdelli is Innovation Programme Lead at Wikimedia CH (Switzerland) and has 18 years of experience in Wikimedia projects. A Wikipedian since 2005, he has been involved with Wikimedia CH since its founding, contributing to the chapter’s early development and long-term growth. He co-founded Wikimedia Switzerland and Wikimedia Italy, has worked as Programme Manager at Wikimedia CH since 2014, and has led the organisation’s innovation work since 2020.\r\n\r\nHis work focuses on innovation at the intersection of open knowledge, digital transformation, and AI, with an emphasis on strategy, partnerships, and community-informed experimentation. He supports collaborations with universities, public institutions, and civic tech networks in Switzerland and across Europe, translating research and emerging technologies into practical prototypes, programme design, and governance discussions for the Wikimedia ecosystem.\r\n\r\nRecently, he produced the report from the **Collective Intelligence vs Artificial Intelligence** roundtable and co-organised **WikiCite 2025**, contributing to movement-wide discussions on knowledge infrastructure, responsible innovation, and the evolving relationship between Wikimedia and AI.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/AEGBWU/"
        },
        {
          "name": "Samuel Klein",
          "bio": "I am a wikipedian, translator and [inclusionist](https://meta.wikimedia.org/wiki/Association_of_Inclusionist_Wikipedians/Quotes \"Association of Inclusionist Wikipedians/Quotes\"). I have designed a range of platforms for offline teaching and [community-owned publishing](https://knowledgefutures.org/) of research and data, helped build a [national digital library](https://en.wikipedia.org/wiki/DPLA \"w:DPLA\"), directed part of a global [education project](https://en.wikipedia.org/wiki/One_Laptop_per_Child \"w:One Laptop per Child\"), and served as a [trustee](https://meta.wikimedia.org/wiki/User:Sj/Platform \"User:Sj/Platform\") of the Wikimedia Foundation. I co-hosted Wikimania 2006 and WCNA 2019, and have worked on a range of other convenings to expand the Commons.\r\n\r\nCurrently I am building the *AI Commons*, for knowledge used and produced by AI systems, and *Omnipedia*, collective knowledge that any agent can edit.\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/UCFUP9/"
        },
        {
          "name": "Houcemeddine Turki",
          "bio": "Houcemeddine Turki is a researcher, medical student at the University of Sfax, and a long-term Wikimedian who has been active in the movement since 2009. A specialist in scientometrics, computational linguistics, and biomedical data science, he is an advocate for open science and has significantly contributed to Wikidata as a resource for developing knowledge-based systems. He is a founding member of the Wikimedia Tunisia User Group and has held numerous leadership roles, including serving on the Wikimedia Foundation Affiliation Committee and the steering committees for WikiIndaba and the Wikimedia and Libraries User Group. Recognized for his prolific research, including over 40 peer-reviewed publications, he frequently presents at international conferences such as Wikimania and WikidataCon on topics ranging from systematic review automation to the integration of Arabic languages into Wikimedia projects.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/QYBYZC/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 645,
      "title": "When Open Data and Open Science met AI: MCPs bridging the gap",
      "track": "Artificial intelligence",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-23",
      "start": "16:00",
      "duration": "01:25",
      "abstract": "The Open Knowledge Foundation, its global network, and the Digital Public Good CKAN have enabled, for over two decades, the access, sharing, and reuse of public information and scientific research all over the World. Our skills, technical architecture and community effort have placed many institutions and efforts around open science and open data in a solid place to experiment with AI. But the last three years of innovation have been fast, somehow overwhelming for the communities we work with, with a lot of technical experimentation that is not necessary democratic and accessible for the low tech and low resources communities we initially served and want to empower. That is why the Open Knowledge technical team has embarked in an effort to create an MCP that will work on CKAN that is easily deployable and reproducible to enable data to be accessed and shared easily, by anyone and to power other knowledge ecosystems. We have identified similar efforts across the Wikimedia ecosystem, so this workshop hopes to go beyond sharing our prototype, to explore in a group conversation similar efforts and understand the decisions behind it to guide our next steps.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/LVUGAP/",
      "speakers": [
        {
          "name": "GITANJALI YADAV",
          "bio": "Dr. Gitanjali Yadav is a Senior Scientist at the National Institute of Plant Genome Research (NIPGR), India, and co-founder of #SemanticClimate, a global initiative advancing climate and environmental action through open, machine-actionable knowledge systems. She also serves as Adjunct Professor of Data Science at IISER Bhopal.\r\nTrained in genomics and machine intelligence, her work focuses on transforming biodiversity, environmental, and governance knowledge into FAIR (Findable, Accessible, Interoperable, Reusable) semantic infrastructures. A central component of her work involves embedding structured, source-backed data into Wikidata to strengthen verifiability, interoperability, and multilingual reuse across Wikimedia projects.\r\nDr. Yadav currently serves as Secretary of the CODATA Task Group on visitation-based responsible research assessment (OT-ViRare), and is a member of the Indian National CODATA Committee at INSA. She has recently been elected to the Board of Directors of FORCE11, where she contributes to global conversations on open science, research integrity, and knowledge infrastructure reform.\r\nAn advocate for equitable and reliable knowledge ecosystems, she works at the intersection of biodiversity, climate justice, and data governance. At Wikimania 2026, she brings a practical, replicable approach for strengthening Wikimedia’s reliability through structured environmental data integration.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ULKBY8/"
        },
        {
          "name": "Patricio Del Boca",
          "bio": "*Information Systems Engineering with over 10 years experience in technology, open data and artificial intelligence, both in the private sector and in civil society. Currently working as Technical Leader and Open Advocate at the Open Knowledge Foundation. Member of the technical team of CKAN, the world’s leading open source data management system. Speaker and presenter at international events promoting the use of free software, open data, and technological sovereignty.*",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/NFEZFG/"
        },
        {
          "name": "Renata Avila",
          "bio": "Renata Avila Pinto is an international lawyer specialising in technology,\r\ndata governance, intellectual property, digital trade, and privacy. As CEO of\r\nthe Open Knowledge Foundation, she advocates for policies and\r\ntechnologies that promote equitable access to knowledge, accountability\r\nand digital sovereignty. She advises governments and international\r\norganisations on digital policies and infrastructure strategies, helping them\r\nmove towards strategic digital autonomy. A former Stanford HAI fellow and\r\nan affiliate of the Centre for Internet and Society at CNRS, her research\r\nfocuses on commons-based models of creation and governance for digital\r\npublic infrastructure and AI. She has led legal and advocacy initiatives\r\ndefending freedom of expression, privacy, and access to information, as\r\nwell as the defence of whistleblowers, including Julian Assange and\r\nWikiLeaks, and Nobel Peace Prize laureate Rigoberta Menchú Tum. Avila\r\nserves as an expert member of the UN working group on data governance\r\nat all levels and is a board member of Open Future and the Whistleblower\r\nNetwork in Germany.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/KFAYST/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 220,
      "title": "Commons Photographers User Group Meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-23",
      "start": "17:30",
      "duration": "01:00",
      "abstract": "Meetup of the Commons Photographers User Group:\r\n\r\n* Getting to know each other\r\n* Results of the preconference (https://w.wiki/P9pc)\r\n* Planning of Commons Conference\r\n* Future of Commons\r\n* Your thoughts\r\n\r\nWe will join the Commons Photowalk afterwards.\r\nhttps://wikimedia.eventyay.com/wm/wikimania2026/talk/9NSBPV/",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/73JUN3/",
      "speakers": [
        {
          "name": "Ailura",
          "bio": "Commons Photographer based in Vienna, Austria. Member of CPUG since 2017, board member since 2021.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/CJTUPB/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 3483,
      "title": "Hackathon opening",
      "track": "Technology",
      "type": "Other",
      "language": "en",
      "room": "Loft",
      "day": "2026-07-23",
      "start": "09:30",
      "duration": "01:30",
      "abstract": "Welcome to the hackathon!",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/PDRCSH/",
      "speakers": [],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 3614,
      "title": "Hackathon",
      "track": "Technology",
      "type": "Other",
      "language": "en",
      "room": "Loft",
      "day": "2026-07-23",
      "start": "11:00",
      "duration": "00:30",
      "abstract": "*",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/X7Y9SR/",
      "speakers": [],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 396,
      "title": "Putting CommonsDB into use",
      "track": "Technology",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Loft",
      "day": "2026-07-23",
      "start": "11:30",
      "duration": "00:55",
      "abstract": "[CommonsDB](https://meta.wikimedia.org/wiki/CommonsDB) is a registry for Public Domain and openly licensed works, fueled by Wikimedia Commons, Europeana, and other media providers. This workshop will show how CommonsDB can be utilized to help during uploads. Users will get guidance to install the gadget and test an upload supported by it. We will also brainstorm more possible use cases beyond the ideas that we already have, and for those who are particularly inspired, map out how they could be implemented. Participants will both get practical knowledge, making future uploads easier, and lay the groundwork for easier workflows for users on Wikimedia Commons, leading to better maintained media.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/QVLFGM/",
      "speakers": [
        {
          "name": "Karin Glasemann (WMSE)",
          "bio": "Chief Operating Officer at [Wikimedia Sverige](https://meta.wikimedia.org/wiki/Wikimedia_Sverige \"m:Wikimedia Sverige\"). I have worked with digital access to cultural heritage in different roles in the Swedish GLAM sector. My work focused on digital collection management, access through linked open data and open licensing. As GLAM partner, I have initiated several collaborations between Wikimedia and Swedish institutions. I joined Wikimedia Sweden as Chief Officer Operations in September 2025.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/DAWNXT/"
        },
        {
          "name": "Marc Maillard",
          "bio": "I started working at Wikimedia Sverige in december 2025. My role is to help when there are any technical challenge in the different projects we are involved in. I have so far worked with CommonsDB, WikiSpeech and ECHOLOT. Prior to that I have worked in the software industry as a developer and a project leader for the last 26 years.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/CGAGGB/"
        },
        {
          "name": "Jan Ainali",
          "bio": "Wikimedian since 2006, admin on Swedish Wikipedia, but my most active project is Wikidata, followed by Wikimedia Commons. I am co-host of the podcast [Wikipediapodden](https://wikipediapodden.se/) and have been doing some [Wikidata Live editing](https://meta.wikimedia.org/wiki/Wikipedia_Weekly_Network/Live_Wikidata_Editing).\r\nMember of Wikimedia Sverige (where I once was the CEO) and a bunch of other affiliates. Most notably, I am a co-founder of [Wikimedians for Sustainable Development](https://meta.wikimedia.org/wiki/Wikimedians_for_Sustainable_Development).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/VTVMTA/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 3467,
      "title": "Hackathon",
      "track": "Technology",
      "type": "Other",
      "language": "en",
      "room": "Loft",
      "day": "2026-07-23",
      "start": "12:25",
      "duration": "00:30",
      "abstract": "🗼 **Wikimania 2026** will provide two opportunities of creativity, collaboration, and innovation set against the vibrant city of Paris, France. A vital part of Wikimania is the creation of collaboration and learning spaces for technical contributors, curious Wikimedians and knowledge enthusiasts. During this year’s Wikimania, the technical space will host an event where developers, designers, researchers, editors, and community builders from around the world meet to collectively address technical challenges faced by the Wikimedia community.\r\nThe technical event will have two main components:\r\n\r\n* **Team Challenges** (pre-event and July 21-22): A hackathon-style event focused on team challenges that will bring together developers and non-developers, Wikimania attendees and the local technical community. Please see the [Team Challenges page](https://wikimania.wikimedia.org/wiki/2026:Team_challenges) for more details.\r\n* **Hackathon** (July 23-25): Similar to previous years, the Hackathon will provide an opportunity for the Wikimedia community to collaborate on technical projects and solve problems together.We want to enable newcomers, especially from non-developers backgrounds, to come to meet the Wikimedia communities and bring their own fresh point of view and skillsets! The Hackathon is open to Wikimania participants.\r\n\r\nMore information: https://wikimania.wikimedia.org/wiki/2026:Hackathon",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/MGLCJL/",
      "speakers": [],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 736,
      "title": "Mentor Mentee mapping",
      "track": "Technology",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Loft",
      "day": "2026-07-23",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "We host many hackathons as part of our technical user group sessions. In these hackathons, we have mentors and mentees all the time working on the projects. Its always a trick to map the right mentor to mentees along with right project. There should be a proper overlap of skills between these three entities for the hackathon results to be succesful. This workshop is going to be brainstorming about creating a potential global mentor mentee network for example using platforms like CapEx",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/ATLPCW/",
      "speakers": [
        {
          "name": "Navya sri Kalli",
          "bio": "Been in Wiki since college but became more active since 2023 after organizing WCI 2023 and WWC 2023. Part of IMDUG since last 2 years and organized many tech events as part of it",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7KEWXX/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 730,
      "title": "Road to Wiki: A Workshop on Building Student Technical Contributor Pipelines for Wikimedia",
      "track": "Technology",
      "type": "Other",
      "language": "en",
      "room": "Loft",
      "day": "2026-07-23",
      "start": "16:00",
      "duration": "00:55",
      "abstract": "How do you take a student who has never opened a terminal and turn them into someone merging patches into MediaWiki's live codebase? WikiClub Tech's \"Road to Wiki\" program has done this across two cohorts and 8+ engineering colleges in India since 2024. This workshop shares our complete, replicable methodology.\r\nIn this hands-on session, participants will work through the actual framework we used. We'll cover the selection pipeline that filtered 260+ applicants to 48 dedicated contributors, the structured learning pathway from MediaWiki installation to Phabricator task completion, the hybrid mentorship model combining online masterclasses with offline campus meetups, and the quality assurance processes we developed after real-world challenges, including addressing LLM-generated contributions. Participants will leave with a concrete toolkit that they can adapt to launch similar programs in their own regions. This includes our Developer Playbook, session templates, and mentorship guides.\r\nOur results speak for themselves. 20 Cohort 1 graduates merged 30+ patches into MediaWiki. Cohort 2 has expanded to 8 colleges reaching 250+ new students. Graduates now mentor the next cohort, creating a self-sustaining contributor pipeline. This model is built to be replicated.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/YANGBL/",
      "speakers": [
        {
          "name": "Authorankit07",
          "bio": "## About me\r\n\r\nI'm a passionate advocate, Digital Nomad who is working for open knowledge and free software. I work towards fostering a culture of collaboration and contribution within the open-source and Wikimedia communities.\r\n\r\n## My work\r\n\r\nRoad to Wiki program [https://meta.wikimedia.org/wiki/Wikiclub_Tech](https://meta.wikimedia.org/wiki/Wikiclub_Tech)\r\n[https://meta.wikimedia.org/wiki/Graduation_day_road_to_wiki](https://meta.wikimedia.org/wiki/Graduation_day_road_to_wiki)\r\n[https://www.wikiclubtech.org/india-women-in-technology](https://www.wikiclubtech.org/india-women-in-technology)\r\n[https://www.wikiclubtech.org/Envoy](https://www.wikiclubtech.org/Envoy)",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3AAH9C/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 3538,
      "title": "Hackathon",
      "track": "Technology",
      "type": "Other",
      "language": "en",
      "room": "Loft",
      "day": "2026-07-23",
      "start": "16:55",
      "duration": "02:05",
      "abstract": "🗼 **Wikimania 2026** will provide two opportunities of creativity, collaboration, and innovation set against the vibrant city of Paris, France. A vital part of Wikimania is the creation of collaboration and learning spaces for technical contributors, curious Wikimedians and knowledge enthusiasts. During this year’s Wikimania, the technical space will host an event where developers, designers, researchers, editors, and community builders from around the world meet to collectively address technical challenges faced by the Wikimedia community.\r\nThe technical event will have two main components:\r\n\r\n* **Team Challenges** (pre-event and July 21-22): A hackathon-style event focused on team challenges that will bring together developers and non-developers, Wikimania attendees and the local technical community. Please see the [Team Challenges page](https://wikimania.wikimedia.org/wiki/2026:Team_challenges) for more details.\r\n* **Hackathon** (July 23-25): Similar to previous years, the Hackathon will provide an opportunity for the Wikimedia community to collaborate on technical projects and solve problems together.We want to enable newcomers, especially from non-developers backgrounds, to come to meet the Wikimedia communities and bring their own fresh point of view and skillsets! The Hackathon is open to Wikimania participants.\r\n\r\nMore information: [https://wikimania.wikimedia.org/wiki/2026:Hackathon](https://wikimania.wikimedia.org/wiki/2026:Hackathon)",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/G8RL9N/",
      "speakers": [],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 3499,
      "title": "Posters session - S1 floor",
      "track": "Unspecified",
      "type": "Other",
      "language": "en",
      "room": " Virtual Room",
      "day": "2026-07-23",
      "start": "10:30",
      "duration": "01:00",
      "abstract": "Poster session time!",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/WJWNMZ/",
      "speakers": [],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 162,
      "title": "Commons Photowalk: Documenting Paris Through a Wikimedia Lens (Meet at Classe Numerique at 17:30 to start our walk)",
      "track": "Community",
      "type": "Other",
      "language": "en",
      "room": " Virtual Room",
      "day": "2026-07-23",
      "start": "17:30",
      "duration": "01:00",
      "abstract": "This session is a hands-on, outdoor photowalk designed to document the architectural heritage, public art, and urban life of Paris. Led by the Commons Photographers User Group (CPUG), the walk focuses on capturing high-quality imagery for Wikimedia Commons while fostering community engagement.\r\n\r\nParticipants will explore Paris to create a visual record that supports the conference theme of reliability and freedom. We will cover practical aspects of field photography, including:\r\n\r\n* Framing and Composition: Capturing encyclopedic value for Wikipedia articles.\r\n* Mobile Contribution: Utilizing tools for on-the-go uploads and categorization.\r\n* Structured Data: Understanding how to add \"Depicts\" statements and multilingual descriptions in the field.\r\n\r\nThis walk is not just about taking pictures; it is a collaborative mentorship opportunity where experienced contributors share techniques for documenting \"Liberté\" and \"Égalité\" in the host city.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/9NSBPV/",
      "speakers": [
        {
          "name": "Gnangarra",
          "bio": "Over 20 years as a Wikimedian, and 20 years of contributions to Wikimedia Commons. I consider myself a dinosaur who has been involve with the growth of the movement over many years.\r\n\r\nAnd I occassionally take the odd photo, now even the odd video",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/DHNXYW/"
        },
        {
          "name": "Suyash Dwivedi",
          "bio": "Suyash Dwivedi (Username: Suyash.dwivedi) is an electronics engineer from India with over 25 years of experience in technology and hardware systems, and more than 12 years of active contribution to the Wikimedia movement (238,000+ edits since 2013). He focuses on strengthening language communities, visual documentation, and improving access to open knowledge.\r\nHe serves as Vice-Chair of the Commons Photographers User Group and the Affiliations Committee, supporting global community development, partnerships, and content initiatives. He is also part of the Core Organizing Team for international campaigns such as Wiki Science Competition and Wikipedia Asian Month.\r\nSuyash is an administrator and interface administrator on Fiji Hindi Wikipedia, Awadhi Wikipedia, and Fiji Hindi Wiktionary, contributing to the growth of underrepresented languages. His work bridges technology and Wikimedia through initiatives like Internet-in-a-Box, “Wiki’s Lazy Coders,” and hardware-based tools that support contributors in low-connectivity environments and promote documentation of cultural and linguistic diversity.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/8JMQUS/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 536,
      "title": "Course conviviale (entrée principale du bâtiment) / Friendly race (building's main entrance)",
      "track": "Unspecified",
      "type": "Other",
      "language": "fr",
      "room": " Virtual Room",
      "day": "2026-07-23",
      "start": "19:00",
      "duration": "01:40",
      "abstract": "Les événements wikimédia devraient être propices pour organiser des rencontres et des échanges informels entre les participants et les participantes.\r\nIl s’agirait donc de proposer une course gratuite sur 5 km (1 heure environ), sans esprit de compétition, ouverte aux membres et bénévoles qui ont envie de courir pour le plaisir et de se retrouver autour d’un moment convivial. L’objectif est simple : partager un temps sportif ensemble pour marquer la Wikimania.\r\n\r\n* ***Point de rendez-vous*** *:* devant l'entrée principale du bâtiment de la conférence.\r\n* Afin de démarrer à l'heure, **venez déjà habillés en tenue pour courir**.\r\n* Cette course pourra être annulée ou reportée en fonction de la météo.\r\n\r\nWikimedia events should provide an opportunity to organize informal get-togethers and exchanges among participants.\r\nThe idea would be to offer a free, non-competitive 5-km run (about one hour) open to members and volunteers who want to run for fun and get together for a friendly gathering. The goal is simple: to share a sporting experience together to celebrate Wikimania.\r\n\r\n* ***Meeting point***: in front of the main entrance to the conference building.\r\n* To make sure we start on time, **please come already dressed in your running clothes**.\r\n* This race can be canceled or reported due to weather conditions.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/XL37MB/",
      "speakers": [
        {
          "name": "Benoit Soubeyran",
          "bio": "Je suis **Benoit Soubeyran**, bibliothécaire, blogueur et wikimédien depuis plusieurs années. Je travaille actuellement à la Bibliothèque de l'Université Gustave Eiffel et je vis à Marne-la-Vallée en Île-de-France. Mes intérêts vont de la photographie à la lecture. Je m'intéresse aussi aux voyages, à l'informatique et à l'histoire. Plus d'informations sur mon blog : [bsoubeyr.wordpress.com](https://bsoubeyr.wordpress.com/)\r\n\r\n*I am **Benoit Soubeyran**. I am a Librarian at Gustave Eiffel University currently living in Marne-la-Vallée near Paris, France. My interests range from photography to reading. I am also interested in travel, computer science, and history. More information on my blog : [bsoubeyr.wordpress.com](https://bsoubeyr.wordpress.com/)*",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/TSGERP/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 3620,
      "title": "Virtual room - Morning live",
      "track": "Unspecified",
      "type": "Other",
      "language": "en",
      "room": "📹 Virtual room",
      "day": "2026-07-23",
      "start": "09:00",
      "duration": "00:30",
      "abstract": "In rooms E-F\r\nProgram: [https://wikimania.wikimedia.org/wiki/2026:Virtual_room](https://wikimania.wikimedia.org/wiki/2026:Virtual_room)",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/JQMRYV/",
      "speakers": [
        {
          "name": "Islahaddow",
          "bio": "Isla studied fine art at university and is completing her Master's in African Studies and Media at the University of Cape Town. The common thread woven through her professional life is a single-minded dedication to showcasing the creative voices of Africa’s artists, filmmakers, broadcasters, photographers, poets, writers, and musicians. In 2011, her increasing investment in Africa’s creative and cultural voice and her curiosity about the open movement coincided with working on the WikiAfrica project and joining as a Wikimedian. In 2016, with Florence Devouard and Iolanda Pensa, she formalised these projects under the Wiki In Africa banner. It has been an incredible ride ever since then. Isla also works as the Communications Director for Open Education Global (OEGlobal).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/8YV8MK/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 3704,
      "title": "Virtual room Interviews",
      "track": "Unspecified",
      "type": "Other",
      "language": "en",
      "room": "📹 Virtual room",
      "day": "2026-07-23",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "TBD",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/7EWRZN/",
      "speakers": [
        {
          "name": "Michael Barbereau",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/NDFQPS/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 3697,
      "title": "Virtual room Interviews",
      "track": "Unspecified",
      "type": "Other",
      "language": "en",
      "room": "📹 Virtual room",
      "day": "2026-07-23",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "TBD",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/GHYCPG/",
      "speakers": [
        {
          "name": "Zakaria",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/B3YAYB/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 3701,
      "title": "Virtual room Interviews",
      "track": "Unspecified",
      "type": "Other",
      "language": "en",
      "room": "📹 Virtual room",
      "day": "2026-07-23",
      "start": "13:30",
      "duration": "01:00",
      "abstract": ".",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/QUCN3T/",
      "speakers": [
        {
          "name": "Zakaria",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/B3YAYB/"
        }
      ],
      "day_label": "Thu 23 Jul"
    },
    {
      "id": 834,
      "title": "Les communs numériques face au défi de la diversité linguistique",
      "track": "Community",
      "type": "Panel (55 minutes)",
      "language": "fr",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-24",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "Les bien communs numériques constituent des écosystèmes rares dans lesquels la diversité linguistique peut non seulement être documentée, mais aussi faire vivre des héritages, des cultures qui trouvent difficilement leur place dans le reste du web, propriétaire, par manque de rentabilité.\r\n\r\nLa gouvernance partagée des communs offre un modèle dans lequel les locuteurs de langues moins diffusées peuvent s'insérer : en reposant sur des communautés ouvertes de contributeurs, ces projets permettent aux locuteurs et aux communautés linguistiques de documenter leurs langues selon leurs propres normes et priorités. Ces modèles participatifs contribuent à réduire les asymétries linguistiques présentes sur le web.\r\n\r\nL’intégration de l’intelligence artificielle dans les outils des communs. Utilisée de manière responsable et transparente, l’IA peut faciliter la traduction, l’amorçage de contenus dans des langues sous-documentées ou encore l’amélioration d’outils de transcription et de recherche. Le défi consiste à développer ces technologies tout en évitant de reproduire les biais linguistiques et néo-colonialistes existants.\r\n\r\nEnfin, l’ouverture des données constitue un pilier fondamental : des contenus libres et structurés peuvent être réutilisés dans des projets éducatifs, scientifiques ou culturels, contribuant à un écosystème numérique plus inclusif.\r\n\r\nEn combinant gouvernance communautaire, outils technologiques ouverts et réutilisation libre des données, les biens communs numériques peuvent devenir des infrastructures essentielles pour préserver et promouvoir la diversité linguistique en ligne.\r\n\r\nRegards croisés avec la Délégation Générale à la Langue Française et aux Langues de France, l'Unesco, et Mathilde Hutin docteure en sciences du langage spécialisée en phonologie.\r\n\r\nAnimation : Mathilde Hutin, linguist, Lingua Libre and Wikidata researcher\r\nPanelists :\r\n\r\n* David Castillo Parra, UNESCO, \r\n    Secretariat of the International Decade of Indigenous Languages, \r\n    Member of the UNESCO World Atlas of Languages Team\r\n    Universal Access to Information and Digital Inclusion Section\r\n    Communication and Information Sector\r\n* Thibault Grouas, chef de la mission Langues et numérique, Délégation Générale à la Langue Française et aux Langues de France, Ministère de la Culture\r\n* Pau Giner, Principal User Experience Designer Wikimedia Foundation\r\n* Claudia Marcía, board member Wikimedia Mexico, Wikipedia Maya support",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/AVFYA8/",
      "speakers": [],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 302,
      "title": "Keynote: Respecting Indigenous Knowledge in Open Spaces - Indigenous Cultural and Intellectual Property (ICIP) & Indigenous Data Sovereignty (IDSov) across Wikimedia Projects",
      "track": "Community",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-24",
      "start": "12:00",
      "duration": "00:55",
      "abstract": "Wikimania offers an opportunity to consider how the Wikimedia movement can build inclusive digital knowledge spaces while respecting Indigenous rights. This First Nations panel focuses on an Indigenous Cultural and Intellectual Property (ICIP) and Indigenous Data Sovereignty (IDSov) Guide to cultural protocol, developed for Wikimedia Australia and shared as best practice for contributors globally.\r\nIndigenous leaders and Wikimedians from Australia, Aotearoa New Zealand, Canada and Chile will examine how ICIP and IDSov intersect with open knowledge platforms, including Wikipedia, Wikidata and Wikimedia Commons. Drawing on the ICIP & IDSov project led by Dr Terri Janke, panelists will explore:\r\n\r\n* How an Indigenous-led ICIP & IDSov Guide can inform respectful contributor practice across the movement\r\n* Tensions and alignments between open access and Indigenous cultural authority\r\n* Practical steps to embed Indigenous rights and responsibilities across Wikimedia projects\r\n\r\nThrough short reflections and moderated discussion, the session will offer concrete pathways for contributors, affiliates and partners seeking to work responsibly with Indigenous knowledge. Grounded in lived experience and community leadership, it centres self-determined approaches to collaboration.\r\nPanellists\r\n\r\n* Dr Terri Janke (Wuthathi, Yadhaigana and Meriam, Australia) - Indigenous lawyer and project lead\r\n* Thérèse Ottawa (Atikamekw, Canada) - Wikimedian, Atikamekw Wiki, and Board member, Wikimedia Canada\r\n* Michelle Collipal (Mapudungún Chile) Wikimedian, Mapudungún Wiki project and Communications Director at Wikimedia Chile\r\n* Migoto Eria (Maori, Aotearoa New Zealand) - Maori community representative and Wikimedian",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/TGZJXK/",
      "speakers": [
        {
          "name": "Belinda Spry",
          "bio": "Belinda is the Executive Officer of Wikimedia Australia (WMAU) and Chair of the Steering Committee for the ESEAP Hub. She has worked across the Wikimedia movement in community engagement, strategic partnerships, regional collaboration, and knowledge equity initiatives. Her current work includes projects supporting local contributors, Indigenous Cultural and Intellectual Property (ICIP), Indigenous Data Sovereignty (IDSov), higher education and AI, and improving the representation of underrepresented communities and knowledges across Wikimedia projects.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/VTMAKY/"
        },
        {
          "name": "Michelle Collipal Martínez / Mimartinez (WMCL)",
          "bio": "I'm currently the Communications Director at Wikimedia Chile. I work with Chilean Wikimedia users to foster community engagement and organize outreach activities aimed at promoting the Wikimedia projects and encouraging new local contributors to join the movement.\r\nI'm also a Mapuche descendant, an indigenous community of south-central Chile and southwestern Argentina. I currently lead efforts to promote participation of native speakers in the Wikipedia in mapudungun project. \r\n\r\nI like to drink yerba mate and running makes me happy. I hope to run a marathon someday.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/PCPUR7/"
        },
        {
          "name": "Migoto Eria",
          "bio": "Migoto's Māori tribal affiliations are Ngāti Pāhauwera, Ngāti Ruapani, Ngāti Huia. She is also Japanese, her family are from Itami in the Hyōgō Prefecture in Japan.\r\nMigoto has spent over 15 years working in museums throughout Aotearoa New Zealand particularly pertaining to care and research of taonga Māori (Māori cultural artefacts). Migoto is a fluent speaker of her native language te reo Māori and has enjoyed working alongside many tribal groups throughout Aotearoa for many years. She is currently a consultant for Space Place (planetarium observatory) in Wellington New Zealand.\r\nMigoto is a new Wikipedian and excited to be able to support and assist with specifically Māori cultural and Māori language related content.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/YLEMJW/"
        },
        {
          "name": "Dr Terri Janke",
          "bio": "**Dr Terri Janke** is a Wuthathi, Yadhaigana and Meriam woman from Australia, writer, and a leading international authority on Indigenous Cultural and Intellectual Property (ICIP). She pioneers ethical, practical pathways for working with Indigenous peoples — grounded in respect for Indigenous knowledge, cultural authority and self-determination.\r\nAs Solicitor Director of Terri Janke and Company, she leads a multidisciplinary legal team advising on ICIP, intellectual property and the governance of Indigenous organisations. She is the author of *True Tracks: Respecting Indigenous Knowledge and Culture*, a leading framework for ethical engagement with Indigenous knowledge and cultural expression.\r\n🌐 [www.terrijanke.com.au](http://www.terrijanke.com.au)",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/9Y7HL7/"
        },
        {
          "name": "Thérèse Ottawa",
          "bio": "Femme autochtone de la nation atikamekw du Québec au Canada. Coordinatrice du wikipetcia atikamekw depuis presque 10 ans. Je suis technicienne en multimédia, secrétaire de direction pour le secteur éducatif du Conseil des atikamekw de Manawan et Coordinatrice dans le secteur de la langue et culture àManawan. Ma passion est la photographie terrestre et aérienne et bien sûr la langue atikamekw nehiromowin grâce à mes oncles qui était chercheur historien et un autre techolinguiste atikamekw. Je suis mère de 7 enfants de 26 à 46 ans avec 21 petits-enfants et 3 arrières petits-enfants.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/EQVNRC/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 3474,
      "title": "Lightning Talk Showcase II Rehearsal (closed - for speakers only)",
      "track": "Unspecified",
      "type": "Other",
      "language": "en",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-24",
      "start": "13:20",
      "duration": "01:10",
      "abstract": "*",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/QEJWBM/",
      "speakers": [],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 564,
      "title": "Bridging Institutions, Wikidata, and Generative AI: From Data Silos to Shared Infrastructure",
      "track": "Artificial intelligence",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-24",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "Cultural heritage institutions, universities, research centers, governments and public organizations steward vast amounts of carefully curated data. Wikimedia projects, especially Wikidata and Wikibase, provide open, structured, multilingual infrastructures for connecting and sharing knowledge. At the same time, Generative AI systems are reshaping how information is queried, summarized, and reused. Yet these three domains, institutional data, structured open knowledge, and AI systems, often evolve in parallel rather than in coordination. This panel asks: how can institutional data be more sustainably connected to Wikidata and Wikibase, and how can structured, community-governed knowledge meaningfully inform AI systems?\r\nAnchored in the theme of Freedom, Equity, and Reliability, the discussion will explore how lowering technical and organizational barriers can strengthen equitable participation by institutions of different sizes and regions; how structured, referenced data can contribute to more reliable AI outputs; and how open infrastructures can support institutional autonomy in an AI-shaped landscape. While the [AI-BRIDGES](https://ai-bridges.org) project will serve as one example of ongoing efforts to address these questions, offering practical insights from research and experimentation, the panel is designed as a broader conversation. Bringing together institutional partners, Open Knowledge experts and technologists, this panel will not only identify shared challenges and replicable pathways forward, but will engage the audience in expanding perspectives and ensuring inclusivity and equity around solutions.\r\n\r\nPanelists include:\r\n\\* **Denny Vrandečić** (Wikidata founder; Abstract Wikipedia lead) \r\n\\* **Lydia Pintscher** (Wikidata)\r\n\\* **João Alexandre Peschanski** (WMBR)\r\n\\* **Pierre-Carl Langlais** (Pleias)\r\n\\* **Dee Harris** (Creative Commons)",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/8A7XEC/",
      "speakers": [
        {
          "name": "Dee Harris",
          "bio": "Dee Harris is a global advocacy strategist and marketing communications leader who has spent her career working in the space where strategy and story meet, making the case that when they're aligned, communications become the engine of change. At Creative Commons, she serves as Director of Communications and Engagement.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ERGTRU/"
        },
        {
          "name": "dvrandecic",
          "bio": "Head of Special Projects at the Wikimedia Foundation, Visiting Professor at King's College London, Wikipedia contributor, former member of the Board of Trustees of the Wikimedia Foundation, Founder Wikidata. Formerly an ontologist on the Google Knowledge Graph. PhD from KIT. Currently working on Wikifunctions and Abstract Wikipedia.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/RJRSZG/"
        },
        {
          "name": "João Alexandre Peschanski",
          "bio": "João Alexandre Peschanski (Joalpe) is the executive director of Wikimedia Brasil and a board member of the Wikipedia & Education UG. His activity at Wikimania is supported by the Wikimedia Foundation and the RIDC NeuroMat (FAPESP 2013/07699-0).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/HSLBLS/"
        },
        {
          "name": "Lydia Pintscher",
          "bio": "Lydia Pintscher is the portfolio lead for Wikidata at Wikimedia Deutschland, supporting the Wikidata community since the beginning. She works at the intersection of community and technology, bringing together people around Free Software and Open Data. She studied computer science at the University of Karlsruhe. She serves as the vice-president of KDE e.V. and the head of the advocacy and awareness section of the European Open Source Academy.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/BTASFE/"
        },
        {
          "name": "Pierre-Carl Langlais",
          "bio": "Pierre-Carl Langlais is co-founder and CTO of [Pleias](https://pleias.fr/), a French-German AI lab training language and reasoning models on fully open data. Since 2024, I coordinated [Common Corpus](https://huggingface.co/datasets/PleIAs/common_corpus), the largest open multilingual dataset for LLM pre-training (\\~2 trillion tokens) accepted as an oral presentation at ICLR 2026 and [SYNTH](https://huggingface.co/datasets/PleIAs/SYNTH), the first ever fully autonomous dataset for synthetic pretraining. His research focuses on open and synthetic pre-training environments, documented datasets, and the co-design of data and model architecture and, more particularly, how synthetic environments can replace web-scale crawling as the primary substrate for training reasoning systems. Pleias is a partner for ethical AI to Wikimedia Enterprise and we cooperate on applied AI projects through AI Bridges.\r\n\r\nPierre-Carl Langlais has been involved for two decades in the Wikimedia movement as Alexander Doria, especially within the French Wikipedia (arbitration committee from 2011 to 2012 and admin from 2012 to 2026), also one of the earliest contributors to Wikidata. This is part of a wider commitment for infrastructure and datasets for cultural heritage and open science, both at an operational and policy level that predates Pleias. He co-wrote an influential report on Diamond Open Access report for the EU Commission in 2021.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/CHY9HV/"
        },
        {
          "name": "Shani Evenstein Sigalov",
          "bio": "Dr. Shani Evenstein Sigalov is an educator, researcher, and long-standing Open Knowledge advocate working at the intersection of Education, Technology, Innovation and Openness, with a key interest of integrating Wiki projects into the academic curricula. Finishing serving 6 years on the Wikimedia Foundation’s Board of Trustees, she is currently serving as a Marie Skłodowska-Curie Postdoctoral Research Fellow at the Digital Humanities Research Hub, University of London. In this capacity she is leading the AI-BRIDGES project, exploring how institutional data, Wikidata/Wikibase, and Generative AI systems can be responsibly connected, working closely with the movement and its partnering organizations.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/PCU7GJ/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 3417,
      "title": "Lightning Talk Showcase II",
      "track": "Ceremonies and Showcases",
      "type": "Lightning talk Showcase",
      "language": "en",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-24",
      "start": "16:00",
      "duration": "01:25",
      "abstract": "Join us for an afternoon of lightning talks on fun an important topics in the Wikimedia ecosystem!\r\n\r\n1. [Road to 500: When Wikipedia Meets Social Media](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/PHKPPKCXRDMC8CZUUGG8FEZZV8DGVGLJ) by laliv g\r\n2. [Wikimedia Residencies at UTDT. A WIR experience from an educational program](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/XRHU8MRJAHUQEBWUBEU3LBKTCZ7SK9TK) by Florencia Guastavino and Luisina Ferrante\r\n3. [Rooting for Knowledge: Why We Need a Wiki-Botanist Action Group Today! ](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/HPPKXVHWSYVYJGUDLN79W8ASUS333RDB)by Deon Steyn and Douglas Scott (Discott)\r\n4. [Botanists in the Wikiverse: Why thematic engagement matters](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/EXVWXJP9XA9EXKKKB8KQJA9YZJHRNSNP) by Siobhan Leachman (User:Ambrosia10)\r\n5. [Constituer une liste de travail pour un éditathon GLAMour](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/DQPBBVHCKR7BWKASERE3M9GC3EX99FNZ) by Natacha Rault\r\n6. [WikiTeny : Impact, apprentissages et modèle réplicable pour l’inclusion linguistique](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/JJUZZFWAGM8JGRJM7833SLZ3GEXMBMWB) by Andriah Laingo\r\n7. [Freedom to Read, Skills to Edit: The Ukrainian Experience of Bringing Students to Wikisource](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/BVL83GEYPSYJACY3WYXQJRY9PGPAMVS9) by Viacheslav Mamon\r\n8. [Harnessing Knowledge to Foster Gender Equality: Wiki + GLAM + Gender](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/VVA88NK8UYRERHERVHSVKYFSHEWR7X3Q) by Adjovi Essenam Fumey\r\n9. [Sybilla: A Prototype to Detect Wikipedia Content Gaps from Reader Demand Signals](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/WSNTZUAXQHEUESTWUHTGFR3Q8B3KURCV) by Ilario Valdelli\r\n10. [AI-assisted Patrolling: Bridging Discord, Pywikibot, and LLMs to patrol small wikis](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/NU9GMA789MAJJJM8PR7BRYPHEKHBFAWV) by Vivian Epiney (WMCH)\r\n11. [Scaling GLAM partnerships with an open editorial toolkit: the “Sharing culture” path](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/MW3HSDWP98LNBFM33RZFTA9WFDNXBWAN) by Dario Crespi and Marco Chemello\r\n12. [Editing Cultural Blind Spots: Women in Zarzuela on Wikipedia](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/SJHLPXVHRMTS9LRQVETYDLWP8WR88Y8Y) by Patricia Horrillo Guerra\r\n13. [Successful Advocacy in Issues Where Other People Find You Boring and Obnoxious -- Lessons From The LGBTQ Movement](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/J8B7XR37DNJGE38HLXLYLQ8D8FTXLMTR) by Signe Krantz, policy officer at Wikimedia Sverige\r\n14. [Alice’s Adventures in Wikiland: a folk tale about falling down a Wiki rabbit hole](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/7UAXKLK3RTLNER8DH8R78HSRU9EZB3TA) by Dr. Sara Thomas",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/YDSUPE/",
      "speakers": [
        {
          "name": "Andriah Laingo",
          "bio": "Je m'appelle Andriah Laingo Rakotomavo est présidente de la communauté Wikimedia Madagascar. Je m’engage pour la promotion de la langue malgache, l’équité des savoirs et le renforcement des communautés contributrices à travers des initiatives collaboratives et des partenariats locaux et internationaux.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/Z3XPHB/"
        },
        {
          "name": "Dario Crespi",
          "bio": "Wikimedian since 2007. Member of Wikimedia Italia staff, coordinator of Wiki Loves Monuments in Italy, and community manager.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/HJA38G/"
        },
        {
          "name": "Viacheslav Mamon",
          "bio": "I live in Kharkiv, a frontline city in Ukraine. I have been editing Wikipedia since 2022 and have continued contributing during the full-scale war. Alongside online work, I run trainings and workshops even while hostilities continue near my city and Kharkiv remains under regular shelling.\r\nI am a member of the Board of Wikimedia Ukraine. I hold administrator rights on the Ukrainian and Russian Wikipedias, and I also serve on the Arbitration Committee on the Ukrainian Wikipedia. Within Wikimedia Ukraine, I lead the content enrichment direction, supporting quality improvement work, organizing writing and photo contests, and addressing topical gaps. I also work on communication and partnerships with institutions in Ukraine, including GLAM collaborations.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/BRY3QM/"
        },
        {
          "name": "Douglas Scott (Discott)",
          "bio": "Douglas has been a Wikipedia editor since 2006 and involved in Wikimedia community work since joining [Wikimedia chapter for South Africa](http://wikimedia.org.za/) in 2012. He was a board member of Wikimedia South Africa from 2012 until 2024 and was the chapter's president from 2015 until 2020. At Wikimedia South Africa he has helped organise the South African component of [Wiki Loves Monuments](http://wikilovesmonuments.co.za/) in 2012, 2013, 2014, and 2015 as well as a number of edit-a-thons and other Wikipedia editing outreach activities. In 2018 he was the organising Chairperson for [Wikimania](https://wikimania2018.wikimedia.org/wiki/Wikimania \"wm2018:Wikimania\") in Cape Town. Douglas is also very involved in the effort to amend the [South African Copyright Act](https://en.wikipedia.org/wiki/Copyright_law_of_South_Africa) so as to allow for [Freedom of Panorama](https://en.wikipedia.org/wiki/Freedom_of_panorama) and [Fair Use](https://en.wikipedia.org/wiki/Fair_use \"Fair use\") thereby making it easier to edit Wikipedia in the country. In 2025 Douglas was elected to the board of [Wikimedia United Kingdom](https://wikimedia.org.uk/).\r\n\r\nMy full name is Douglas Scott (司道格 in Mandarin Chinese) and I am from [Cape Town](https://en.wikipedia.org/wiki/Cape_Town \"Cape Town\"), South Africa; although I now live in Edinburgh, Scotland. I previously worked for a non-profit organisation named The Safety Lab that focused on [violence crime](https://en.wikipedia.org/wiki/Criminology) in high risk areas of the [City of Cape Town](https://en.wikipedia.org/wiki/City_of_Cape_Town \"City of Cape Town\"). I currently work for [Campaign Lab](https://www.campaignlab.uk/) as a political researcher in the United Kingdom, which (disclaimer) is why I no longer edit articles on modern British politics.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ZVR8KH/"
        },
        {
          "name": "Adjovi Essenam Fumey",
          "bio": "Étudiante au doctorat en sciences de l’information, je suis bibliothécaire de profession et contribue aux projets Wikimédia depuis 2020. Cofondatrice du Wikimedia Community User Group Sénégal, j’interviens en tant que formatrice bénévole et responsable communautaire. Je contribue aux projets Wikimédia afin de promouvoir une meilleure représentation des femmes africaines.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/XXJYLJ/"
        },
        {
          "name": "Florencia Guastavino and Luisina Ferrante",
          "bio": "Florencia is responsible for the Wikimedia Argentina Education Program, designing and coordinating the activities carried out by the Program throughout the country. Previously, she worked as an Assistant in the same Program, so since 2018 she has been involved with the Wikimedia Movement, carrying out activities that combine education and Wikimedia projects. She trained as a Professor of Anthropological Sciences (FFyL-UBA) and took several postgraduate courses focused on the creation of teaching materials, online course design, and Artificial Intelligence from humanistic perspectives.\r\n\r\nLuisina studied History at the University of Buenos Aires. She completed her Master's Degree in Human Rights and Social Policies at the National University of General San Martín. Her thesis topic was the education of young people and adults in public and popular schools located in the Autonomous City of Buenos Aires. In 2022, she defended her doctoral thesis at the University of Barcelona. Her thesis topic was the use of Wikimedia projects as tools for teacher digital literacy in the context of the COVID-19 pandemic. Today, she is the head of the Communication Technologies department at the University of San Andrés, Buenos Aires, Argentina. She has been working at Wikimedia Argentina for 10 years and is currently the Program Director.\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/X8MTKT/"
        },
        {
          "name": "Ilario Valdelli",
          "bio": "Ilario Valdelli is Innovation Programme Lead at Wikimedia CH (Switzerland) and has 18 years of experience in Wikimedia projects. A Wikipedian since 2005, he has been involved with Wikimedia CH since its founding, contributing to the chapter’s early development and long-term growth. He co-founded Wikimedia Switzerland and Wikimedia Italy, has worked as Programme Manager at Wikimedia CH since 2014, and has led the organisation’s innovation work since 2020.\r\n\r\nHis work focuses on innovation at the intersection of open knowledge, digital transformation, and AI, with an emphasis on strategy, partnerships, and community-informed experimentation. He supports collaborations with universities, public institutions, and civic tech networks in Switzerland and across Europe, translating research and emerging technologies into practical prototypes, programme design, and governance discussions for the Wikimedia ecosystem.\r\n\r\nRecently, he produced the report from the **Collective Intelligence vs Artificial Intelligence** roundtable and co-organised **WikiCite 2025**, contributing to movement-wide discussions on knowledge infrastructure, responsible innovation, and the evolving relationship between Wikimedia and AI.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/AEGBWU/"
        },
        {
          "name": "laliv g",
          "bio": "I have been active in the Wikimedia movement for over a decade, focusing on gender equity and community engagement. I have co-led annual Art+Feminism edit-a-thons in collaboration with cultural institutions and have participated in multiple Wikimanias, both in-person and online. My work includes training new contributors, fostering partnerships with cultural organizations, and advocating for inclusive knowledge production within Wikimedia communities.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/QNYUAL/"
        },
        {
          "name": "Natacha Rault",
          "bio": "Économiste de formation, après avoir travaillé 10 ans pour le rectorat de l'université de Genève, j'anime depuis 10 années le [projet des sans pagEs,](https://fr.wikipedia.org/wiki/Projet:Les_sans_pagEs) dédié à la réduction des biais de genre sur la Wikipédia Francophone. Je dirige depuis 2022 l'association les sans pagEs, qui est affiliée à la Fondation Wikimedia depuis 2019.\r\nJe suis également une contributrice bénévole avec 96,309 modifications sur la Wikipédia francophone, et je suis passionnée par les droits humains, la science fiction féministe et les sorcières, mes contributions favorites.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/QBHRBE/"
        },
        {
          "name": "Patricia Horrillo Guerra",
          "bio": "I am a journalist and social media expert, and a co-founder of **[Wikiesfera](https://wikiesfera.org/)**, **a community that promotes the creation and improvement of Wikimedia content with a feminist and intersectional perspective**. Since 2015, I have coordinated editing campaigns, training programs and institutional partnerships focused on addressing gender and cultural gaps across Wikimedia projects. My work connects volunteer communities with GLAM institutions, universities and memory organizations to improve the representation, sourcing and visibility of underrepresented knowledge. I have contributed to the design of collaborative research and training initiatives that integrate Wikimedia editing into cultural and academic contexts, and currently leads projects focused on cultural heritage, gender equity and equitable knowledge production within Wikiesfera.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/CEJQRX/"
        },
        {
          "name": "Dr Sara Thomas",
          "bio": "Programme Manager at Wikimedia UK (Scotland, Wales, Northern Ireland & volunteering across the UK).\r\nCo-lead at the Volunteer Supporters Network Hub Pilot.\r\nFormer Wikimedian in Residence (Museums Galleries Scotland, Scottish Library & Information Council.)",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/LUZNKU/"
        },
        {
          "name": "Signe Krantz",
          "bio": "I am the policy officer at Wikimedia Sverige and an award-winning activist with more than ten years experience in policy, advocacy, and media. Through my background in youth organizations, the LGBTQ movement and as an opinion writer, I hope to bring fresh perspectives and methods to one of the most important digital movements.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7RER9Z/"
        },
        {
          "name": "Siobhan Leachman (User:Ambrosia10)",
          "bio": "I was recently employed part time as a [Wikimedian in Residence](https://en.wikipedia.org/wiki/Wikipedia:GLAM/NZBSI) for the Maanaki Whenua - Landcare Research group of the New Zealand Bioeconomy Science Institute. I also volunteer with the [Biodiversity Heritage Library](https://meta.wikimedia.org/wiki/Biodiversity_Heritage_Library). I co-organise the regular [Aotearoa New Zealand Online meet up](https://en.wikipedia.org/wiki/Wikipedia:Meetup/Aotearoa_New_Zealand_Online) as well as the [Wellington Wiki meetup](https://en.wikipedia.org/wiki/Wikipedia:Meetup/Wellington). I write and enrich [English Wikipedia](https://en.wikipedia.org/wiki/User:Ambrosia10) articles, upload images and add structured data to [Wikimedia Commons](https://commons.wikimedia.org/wiki/User:Ambrosia10) and am a prolific editor of [Wikidata](https://www.wikidata.org/wiki/User:Ambrosia10). \r\n\r\nWhile undertaking my Wiki work I continue to volunteer for a plethora of GLAM, digital humanities and citizen science projects. I am currently obsessed with editing and collaborating on multiple Wikimedia projects on topics such as biodiversity data, citation data, New Zealand endemic moths, women scientific illustrators, natural history contributors, research expeditions, name authority data, iNaturalist images, scientific publications and artworks. I am also involved in various Wiki outreach initiatives, many of which are in some way related to biodiversity knowledge. In 2023 I was named Wikimedia Laureate.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/WXPRXT/"
        },
        {
          "name": "Vivian Epiney (WMCH)",
          "bio": "Alongside my almost 20 years (and counting) as a primary school teacher, I joined the team at **Wikimedia CH** to look after projects for education, and **HEP Valais** to lend a hand with digital education training.\r\n\r\n​In 2016, I launched *Le Dico des Ados*, a collaborative dictionary written by kids that currently hosts over 6,700 definitions. The rest of the time, I tinker with stuff for schools, anything from coding moderation bots to designing gamified webapps. In short, I make tools for the classroom.\r\n\r\n***\r\n\r\nEnseignant en primaire depuis bientôt 20 ans (et toujours avec un pied dans l'enseignement) j'ai rejoint l'équipe de **Wikimedia CH** pour m'occuper des projets éducatifs, et la **HEP Valais** pour donner un coup de main sur la formation en éducation numérique.\r\n\r\n​En 2016, j'ai lancé *Le Dico des Ados*, un dictionnaire collaboratif écrit par les jeunes qui compte aujourd'hui plus de 6 700 définitions. Le reste du temps, je bidouille des trucs pour les écoles : ça va des bots de modération à la conception de webapps. Bref, je fais des outils pour le terrain.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/QVY9CH/"
        },
        {
          "name": "Marco Chemello",
          "bio": "Marco Chemello is a Wikimedian since 2004 and an administrator on Italian Wikipedia since 2005. He is the GLAM specialist and a trainer at Wikimedia Italia, where he designs capacity-building resources that help cultural institutions contribute to Wikimedia projects. As a Wikimedian in Residence he has led OpenGLAM collaborations with partners including BEIC, Museo Nazionale della Scienza e Tecnologia “Leonardo da Vinci” (Milan), ICAR (Italian Ministry of Culture), Accademia delle Scienze di Torino and Archivio Storico Ricordi. He is currently migrating the Museo Egizio (Turin) digital collections to Wikimedia Commons, Wikidata and Wikipedia. He is contributing to “Sharing culture”, an open editorial toolkit (CC BY-SA) that turns recurring GLAM needs into reusable guides, training materials and examples. He has delivered workshops and lectures for universities and cultural professionals, and co-developed three free MOOCs with the University of Padua to support students, teachers and GLAM staff in Wikimedia participation.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/VNNXJQ/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 165,
      "title": "Rehearsal of the WikiOrchestra (closed – orchestra members only)",
      "track": "Unspecified",
      "type": "Other",
      "language": "fr",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-24",
      "start": "17:30",
      "duration": "01:00",
      "abstract": "In the spirit of this year's Wikimania theme, \"Liberté, Équité, Fiabilité\", the 'WikiOrchestra' will perform a short piece of French music during the Wikimania closing ceremony. The performance will attempt to honour the musical traditions of France, specifically Paris.\r\n\r\nAll Wikimania participants are invited to join and play or sing along – just bring your instrument or your voice to the conference, and make sure to attend the (short) rehearsal. Ideally, please also let us know in advance if you want to sing along so that we can select a suitable piece, and send you the sheet music that meets your skill level ahead of the conference. If necessary, we will try to provide you with an instrument.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/RMEHCT/",
      "speakers": [
        {
          "name": "Lukas Mezger",
          "bio": "Lukas Mezger is a long-time Wikipedian, Wikimedian, and amateur musician.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/X3SJLL/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 479,
      "title": "From Online Safety Laws to Movement Lessons: What Brazil, Australia, and the UK Teach Us About Influencing Policy",
      "track": "Education and Advocacy",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-24",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "**Online safety legislation is rapidly reshaping the legal environment in which Wikimedia projects operate. Across multiple jurisdictions, governments are adopting regulatory models intended to address online harms, often without fully understanding how community-governed platforms function.**\r\n**This session presents a comparative showcase of Wikimedia movement engagement with online safety policy processes in Brazil, Australia, and the United Kingdom. Each case will be examined as a learning moment: what strategies enabled meaningful dialogue with policymakers, what was challenging, what worked to overcome challenges. Speakers will explore approaches including coalition-building, proactive strategic comms, engagement with regulators, cross-affiliate coordination, and early risk identification. The session will highlight both effective practices and unresolved tensions between regulation, community governance, and free knowledge principles.**\r\n**Participants will collaboratively identify a set of core lessons that can inform future advocacy and policy engagement across regions now considering similar legislation. The goal is to move beyond reactive responses toward a shared blueprint for earlier, more coordinated, and more strategic movement action.**\r\n\r\n<br>",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/PBMWR7/",
      "speakers": [
        {
          "name": "Elliott Bledsoe",
          "bio": "[Elliott Bledsoe](Https://elliottbledsoe.wtf) has extensive experience in copyright, with a focus on the interplay between rights and creative practice. For many years he worked in copyright law reform advocacy working regularly with the [Australian Digital Alliance](https://digital.org.au/?ref=elliottbledsoe.wtf) (ADA) – Australia’s peak body representing copyright users and innovators in a digital world – and the [Australian Libraries and Archives Copyright Coalition](https://alacc.org.au/?ref=elliottbledsoe.wtf) (ALACC) – the primary policy body for copyright issues affecting the library, archive and information sectors in Australia. He is the President of [Wikimedia Australia](https://wikimedia.org.au/?ref=elliottbledsoe.wtf), the Australian chapter of the international Wikimedia Foundation, and is the Co-lead of [Creative Commons Australia](https://au.creativecommons.net/?ref=elliottbledsoe.wtf), the local Chapter of the [CC Global Network](https://network.creativecommons.org/?ref=elliottbledsoe.wtf) which promotes and encourages the use of CC licences in Australia.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ECWCPK/"
        },
        {
          "name": "Franziska Putz",
          "bio": "I lead the Global Advocacy team's collaborations with volunteers and affiliates around the world to co-design advocacy campaigns and skill-building programmes so that our movement can better protect and promote free knowledge online. Grassroots energy is essential to the movement's policy initiatives, for those most directly impacted best understand their own local context and needs. To this end, I work closely with communications, community growth, and grant initiatives.\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/TEPJBF/"
        },
        {
          "name": "João Alexandre Peschanski",
          "bio": "João Alexandre Peschanski (Joalpe) is the executive director of Wikimedia Brasil and a board member of the Wikipedia & Education UG. His activity at Wikimania is supported by the Wikimedia Foundation and the RIDC NeuroMat (FAPESP 2013/07699-0).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/HSLBLS/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 482,
      "title": "Retour sur les actions culturelles wikimédiennes à Lyon, regard croisé entre la cabale de la Quenelle et les institutions culturelles locales",
      "track": "GLAM and Partnerships",
      "type": "Panel (55 minutes)",
      "language": "fr",
      "room": "Ouest Room 🌐",
      "day": "2026-07-24",
      "start": "11:00",
      "duration": "00:55",
      "abstract": "Un regard croisé Cabale de la Quenelle / Institutions Culturelles sur les actions menées sur le territoire pour alimenter les discussions. Pour une expérience en lien avec les spécificités locales, voici un déroulé sous forme de menu :\r\n\r\n* Introduction : anniversaire des 15 ans de la cabale de la quenelle, petit retour en image de l’histoire du projet.\r\n* Valoriser les synergies sur le territoire par des exemples de projets menés avec les institutions culturelles lyonnaises :\r\n    * Des éditathons partout Archives départementales du Rhône et de la Métropole de Lyon, Musée des Beaux-Arts de Lyon, Hospices Civiles de Lyon, Archives municipales de Lyon et Bibliothèque Municipale de Lyon.\r\n    * Collaboration avec l’école du Louvre\r\n    * URFIST de Lyon et Delphine Montagne\r\n* Dynamique de territoire et les collaborations croisées :\r\n    * Évènements collaboratifs\r\n    * Participations aux Journées Du Logiciel Libre et au Salon Primevère\r\n    * Formations (URFIST, wikipédiens…)\r\n    * Création de template, tutoriels, transmission entre pairs…\r\n* Les leviers institutionnels :\r\n    * les conventions\r\n    * les labellisations des institutions\r\n* Les freins et les échecs",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/CECWHE/",
      "speakers": [
        {
          "name": "Marion Jonget",
          "bio": "J'ai découvert le mouvement Wiki par le biais de mon travail à la Bibliothèque municipale de Lyon. \r\nJe suis impliquée depuis plusieurs années pour développer la culture libre au sein des institutions culturelles lyonnaises, aux cotés de la cabale de la quenelle, que j'aime rejoindre régulièrement.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/GMALPR/"
        },
        {
          "name": "Lyokoï",
          "bio": "Wikimédien depuis 2012, impliqué professionnellement au sein des GLAM francophones depuis 2019, je suis consultant et formateur en valorisation numérique de patrimoine culturel et scientifique, essentiellement sur les projets Wiki.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/RTA7JP/"
        },
        {
          "name": "Virginie DE MARCO",
          "bio": "Médiatrice à la Bibliothèque municipale de Lyon, je travaille au croisement des patrimoines, de la médiation culturelle et de l’accès aux savoirs. Mon parcours m’a conduite à développer des projets de valorisation patrimoniale et de lecture publique en lien avec de nombreux partenaires du territoire.\r\n\r\nDepuis 2018, je suis chargée du développement et de la médiation de [Numelyo](https://numelyo.bm-lyon.fr/), la bibliothèque numérique patrimoniale de Lyon. J’y conçois des actions favorisant l’accès, le partage et la réutilisation des collections patrimoniales. Depuis l’obtention du label Culture Libre en 2023, je développe des initiatives autour des communs numériques et de la diffusion ouverte des connaissances, notamment à travers des éditathons, des conférences et des événements professionnels.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/DJGLA7/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 431,
      "title": "🥗 Lunch meetup: Community readers highlights",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-24",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "This moderated panel will bring together Wikimedia Foundation Product & Technology staff and volunteer editors from different regions and language communities to explore how readership and editing intersect, and how we can thoughtfully deepen those connections with an eye to equity.\r\n\r\nPanelists will discuss equitable reader access to knowledge across contexts, including language disparities, machine-translated content, low-bandwidth experiences, regional usage patterns, and accessibility beyond text (such as screen readers and reduced-motion design). From a technology perspective, we will examine how reader-facing features like reading lists, watchlists, and discovery tools can support engagement without overwhelming contributors or compromising core principles.\r\n\r\nFor more established wikis, the conversation will also explore how to thoughtfully convert passive readers into active and participating readers, who might one day become first-time editors. What encourages participation? What barriers remain? How do we design experiences that invite contribution while respecting different levels of readiness and digital literacy? Volunteer panelists will share local initiatives aimed at strengthening reader engagement and participation, while staff will provide insight into how product decisions balance the needs of readers and editors. Together, we will reflect on how equitable reader experiences can support active participation and long-term movement sustainability.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/SGXNCQ/",
      "speakers": [
        {
          "name": "EBlackorby-WMF",
          "bio": "I joined the Wikimedia Foundation in May 2025 as part of the [Movement Communications team](https://meta.wikimedia.org/wiki/Communications/Movement_Communications \"m:Communications/Movement Communications\"). I work closely with [Wikimedia Foundation Product and Technology](https://www.mediawiki.org/wiki/Wikimedia_Product \"mw:Wikimedia Product\") to support the Wikimedia communities and their projects.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/UUNPAX/"
        },
        {
          "name": "Jon Robson",
          "bio": "I'm a Welsh/English/European/adopted-Singaporean open source web developer and writer living in San Francisco.\r\n\r\nI work for the [Wikimedia Foundation](https://wikimediafoundation.org/). There, I built the mobile Wikipedia experience and those little previews you see when you hover over links.\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/MBXLQU/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 649,
      "title": "De l'archive au Labo : L'Open Heritage comme socle d'une science ouverte et citoyenne",
      "track": "GLAM and Partnerships",
      "type": "Panel (55 minutes)",
      "language": "fr",
      "room": "Ouest Room 🌐",
      "day": "2026-07-24",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "Aujourd'hui, une grande partie du patrimoine mondial et des découvertes scientifiques reste enfermée derrière des murs de paiement (paywalls) ou restreinte par des licences restrictives. D'un côté, les GLAM essaient de financer leur numérisation en restreignant l'accès à leurs archives. De l'autre, la Science Ouverte exige une transparence totale et une gratuité des sources pour garantir la fiabilité des découvertes. Au milieu, l'étudiant, le citoyen et le chercheur, notamment de certains pays de l'hémisphère sud, se heurtent à un mur : un féodalisme numérique.\r\nWikimedia Commons et Wikidata s'imposent comme des alternatives résilientes et gratuites face aux silos des géants de l'édition. L'objectif est de passer d'un savoir \"à consulter\" à un savoir \"à utiliser\", permettant à chacun de devenir acteur de la vérification et de la production de connaissances, sans barrière financière.\r\nComment transformer un manuscrit numérisé en une donnée de recherche universelle ? Cette table ronde explore la synergie vitale entre l’Open Heritage et la Science Ouverte.\r\nNous analyserons comment le mouvement Wikimédia, agit comme le pont manquant entre ces disciplines. Sans Open Content, la science ouverte reste théorique, car elle manque de sources primaires vérifiables. À l’inverse, sans les méthodes de la Science Ouverte, le patrimoine numérique reste une simple galerie d'images sans profondeur scientifique.\r\nComment transformer un manuscrit numérisé en une donnée de recherche universelle ? Cette table ronde explore la synergie vitale entre l’**Open Heritage** (le patrimoine libéré par les musées et archives) et la **Science Ouverte** (la recherche accessible à tous).",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/DUZM3Z/",
      "speakers": [
        {
          "name": "Charlotte Bultel",
          "bio": "Chargée de formation science ouverte au sein de Sorbonne Université, j'ai également travaillé à Wikimédia France comme assistante science ouverte. Depuis je suis restée dans le mouvement Wikimédia et j'utilise mes connaissances wikimédiennes pour la valorisation de la science ouverte.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/XRSUHN/"
        },
        {
          "name": "Xavier Cailleau",
          "bio": "J’ai intégré l’équipe de Wikimédia France en 2016 et ai travaillé sur la question du rôle des projets Wikimedia dans les missions des institutions culturelles. Cela comprend un aspect pédagogique, relatif à l’environnement Wikimedia et aux licences libres, un accompagnement politique des institutions par le billet du Label Culture Libre, ainsi que du plaidoyer dans le domaine du droit d’auteur et du libre partage des connaissances.\r\nJe suis depuis cette année, en charge des affaires publiques de l'association sur toutes les questions politiques et juridiques qui concernent de près ou de loin les projets Wikimédia et leurs communautés : régulation du numérique, Anti-SLAPP, open content, ingérences étrangères, désinformation etc.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/LQKEMN/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 262,
      "title": "Facilitating Artistic Reappropriation of Ethnographic Collections as a Form of Cultural Self-Determination",
      "track": "GLAM and Partnerships",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-24",
      "start": "16:00",
      "duration": "01:25",
      "abstract": "**In this workshop we explore how artistic approaches can be used to contribute to pluralist sensemaking around ethnographic collections drawing on the perspectives of the cultures of origin, thus contributing to cultural self-determination.** \r\n**We open the dialogue by relating our experience implementing “CultureFLOW”, a novel methodology facilitating artistic creative processes that engage with collective memories around artifacts from ethnographic collections, thereby reenacting and reinterpreting them in a co-creative approach. The “CultureFLOW” methodology extends the traditional GLAM hackathon format, combining the hackathon methodology used to foster engagement around open cultural data with artistic creation. During its first pilot implementation in 2024, arts students from Mexico were invited to engage with artifacts from ethnographic collections in Switzerland and to present their artistic projects at the 10th edition of the Swiss GLAM hackathon. In 2025, the method was implemented at the occasion of the first Hackatón BAM in Puebla and will again be used for its second edition in 2026, opening the scope to ethnographic (and historical) collections in a variety of countries, including Mexico itself.**\r\n**In view of the resulting artistic projects we analyze how this methodology fosters equity by giving voice to often invisible regional narratives and explore how it can be replicated in other institutions, adapting it to diverse contexts. This second part of the workshop is interactive and practice-oriented: participants map their potential partners and design a CultureFLOW micro-strategy for their own communities, obtaining concrete tools to implement the model in their specific contexts.**",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/X7LEB7/",
      "speakers": [
        {
          "name": "Beat Estermann",
          "bio": "Beat Estermann is a researcher and consultant specializing in public sector transformation, with over 15 years of experience at Bern University of Applied Sciences. His Wikimedia-related activities has primarily focused on projects related to GLAM. He is a co-founder of the Opendata.ch association, where he coordinated the [Open GLAM Working Group](https://glam.opendata.ch/) and spearheaded the [Swiss Open Cultural Data Hackathon](https://glam.opendata.ch/hackathons/) for over a decade. He holds master’s degrees in Translation Studies and in Public Management from the University of Geneva, and a Ph.D. in Public Administration from the University of Bern. Originally from Lucerne (Switzerland), he currently lives in Cholula (Mexico).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/TCCUNX/"
        },
        {
          "name": "Sandra Palacios",
          "bio": "Since 2019, I have been a Wikiteacher at the Faculty of Visual and Audiovisual Arts of the BUAP (ARPA-BUAP). I was part of the \"*Wikipedia es parte de la educación*\" project, where I participated in several editions of the National Wikieducation Meeting in Mexico. As a result of these meetings, in 2022 I was invited to collaborate on the book [Wikieducación: prácticas y experiencias educativas en México con Wikipedia y otros recursos abiertos](https://commons.wikimedia.org/wiki/File:WikiEducaci%C3%B3n._Pr%C3%A1cticas_y_experiencias_educativas_de_M%C3%A9xico_con_Wikipedia_y_otros_recursos_abiertos.pdf \"c:File:WikiEducación. Prácticas y experiencias educativas de México con Wikipedia y otros recursos abiertos.pdf\"). I served on the board of directors of Wikimedia Mexico from 2023 to 2024. In 2025, I organized my first GLAM Hackathon at my university in collaboration with WIkimedia CH, and its positive results will allow us to hold the 2nd edition this 2026. I have also started a Wikiclub at BUAP to showcase the collections of the BUAP's BAM institutions on Wikimedia projects.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/SFD8SQ/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 225,
      "title": "WMLGBT community meet up",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-24",
      "start": "17:30",
      "duration": "01:00",
      "abstract": "WMLGBT+ has a culture of organising community meet up at wikimania as this allows us as a community to meet up, share and connect.\r\nWe are planning to do the same at wikimania Paris to give our community that mostly exist virtually an opportunity to meet in person.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/HRCWUD/",
      "speakers": [
        {
          "name": "Bisi Alimi",
          "bio": "Bisi Alimi is the ED of WMLGBT, a prolific LGBTQI+ activist. He joined WMLGBT after years of global LGBTQI+ activism",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/GNCLSF/"
        },
        {
          "name": "Vic Sfriso",
          "bio": "Wikimedia LGBT+ Head of Programmes and Community Engagement\r\nWikimedia Argentina Head of Community and Advocacy Program\r\nVolunteer Supporters Network Hub co-lead",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/L9EAMK/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 627,
      "title": "Wiki Fashion Show",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-24",
      "start": "18:30",
      "duration": "00:30",
      "abstract": "Wiki-fashion shows are a proud tradition, appearing at Wikimania 2023 and 2024, and at other smaller events around the world.\r\n\r\nhttps://commons.wikimedia.org/wiki/Category:Wiki\\_fashion\\_shows\r\n\r\nYou're encouraged to come dressed in your finest Wikimedia clothing and accessories (bags, buttons, even books), or clothing connected to the topics you edit on wiki projects, show off your getup on the runway and tell the origin story of how you got them.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/XKPZZL/",
      "speakers": [
        {
          "name": "Richard Knipel",
          "bio": "I serve as Wikimedian in Residence at the City University of New York and its 25 urban campuses, as well as on the board of the Wikimedia NYC chapter.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7RRTPG/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 3461,
      "title": "🎤 Karaoke 🎤",
      "track": "Ceremonies and Showcases",
      "type": "Other",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-24",
      "start": "19:00",
      "duration": "01:30",
      "abstract": "Come belt it out with us!",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/C3ECUJ/",
      "speakers": [
        {
          "name": "Barbara Klen",
          "bio": "For the past 15 years I worked as a project manager and consultant on various projects funded mostly by the EU, WB, UNICEF and EEA grants. I have experience with creating and implementing business and work processes in companies, non-governmental organisations and for not formally registered groups. Also, I love organizing teams and supporting professional development of individuals.\r\nSince 2022, I have been employed as a Regional CEE Hub Coordinator.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/RB8UGP/"
        },
        {
          "name": "Natalia Szafran",
          "bio": "Long time Wikimedian, administrator on Polish Wikipedia, former Arbcom member and oversighter. Lead Movement Communications specialist at the Wikimedia Foundation.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/LUWFYC/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 611,
      "title": "WikiAnalyzer v2 & WikiDebate: Open AI Tools to Teach Critical Thinking and Bias Detection through Wikipedia",
      "track": "Artificial intelligence",
      "type": "Workshop (55 minutes)",
      "language": "es",
      "room": "Est Room 🌐",
      "day": "2026-07-24",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "**This interactive workshop presents two open, browser-based tools created specifically for Wikipedia: WikiAnalyzer v2 and WikiDebate. Rather than focusing on the technology itself, the session centers on what can be done with it to develop critical thinking, analyze bias, and better understand how we construct inferences and reasoning.**\r\n**The workshop is grounded in a key premise: technology is not neutral. Just as humans have cognitive and cultural biases, artificial intelligence systems can reproduce, amplify, or obscure them. Therefore, the goal is not to promote blind trust in AI, but to create space to question it, analyze it, and understand its limitations.**\r\n**WikiAnalyzer v2 makes structural patterns in Wikipedia articles visible through indicators such as lexical diversity, reference density, and edit distribution. WikiDebate models arguments as structured networks of claims and evidence, allowing participants to visualize how inferences are constructed and to evaluate the coherence of reasoning beyond ideological positions.**\r\n**During the workshop, participants will compare AI-generated responses with Wikipedia articles, identify patterns of bias, and reflect on how we reason, what we consider reliable, and why.**\r\n**By the end of the session, participants will have a replicable framework to foster critical thinking, bias awareness, and digital literacy, using Wikipedia as a living knowledge system.**",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/SC7ZYV/",
      "speakers": [
        {
          "name": "Carla Constanza Paredes Herrera",
          "bio": "I am a Digital Interaction Designer, actively involved in public presentations and community-oriented technology initiatives. I have presented technical projects at developer-focused seminars and participated in events such as Wikieducación 2025 and MakerCamp. My background spans project development and teaching: I am currently a professor of Technology Exploration across several academic programs, including Biomedicine, Industrial Civil Engineering, and General Engineering. I am driven by contributing to education by bringing technology into diverse classrooms, fostering learning and participation in varied environments.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/A9PJSB/"
        },
        {
          "name": "Daniela Ávila",
          "bio": "I am a Computer Engineering student with experience in software development, public presentations, and community-oriented technology initiatives. I have presented technical projects in developer-focused seminars, including a hospital management system integrating AI features, and have participated in events such as Wikieducación 2025 and MakerCamp. My background includes building web-based management systems and contributing to educational programs, where I have supported technology learning and workshop facilitation. I am passionate about connecting technology with community values, strengthening open knowledge, and contributing to tools and initiatives that support collaborative learning and participation.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/JYCGDA/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 560,
      "title": "State of Wikimedia & AI 2026: Freedom, Equity, Reliability at a Crossroad",
      "track": "Artificial intelligence",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-24",
      "start": "11:00",
      "duration": "00:55",
      "abstract": "Wikimania brings together contributors, affiliates, the Wikimedia Foundation, and partner organizations from across the movement. It is therefore a natural moment to pause and reflect together on how Generative Artificial Intelligence (GenAI) and advanced technologies are shaping our projects, communities and shared infrastructure.\r\nThis panel, which has now become a Wikimania tradition, offers a structured reflection on the current state of Wikimedia and AI in 2026, anchored in the conference theme of *Freedom, Equity, and Reliability*.\r\nThe discussion will focus on three areas:\r\n\r\n1. **Highlights and promising practices** from the past year. What has worked? What experiments, tools, or collaborations show potential?\r\n2. **Current challenges and tensions**, including questions around participation, governance, sustainability and required infrastructures and resources.\r\n3. **What should we focus on next?** What does the movement need in order to strengthen freedom, equity, and reliability in an AI-shaped landscape?\r\n\r\nThis session is not about one project or initiative -- it is about creating space for shared reflection across roles and perspectives at a time of rapid change. The panel will bring together representatives from different parts of the movement, including 2 community members, 2 affiliates, 1 Wikimedia Foundation, 1 BoT, and 1 like-minded organizations working with Wikimedia projects. Exact participants will be finalized after acceptance, as in previous years.). Together, they will share concrete examples, reflect on emerging patterns, and identify areas where coordination or new approaches may be needed.\r\nThe panel discussion will be followed by Q&A with the audience, to ensure broader engagement and reflection.\r\n\r\nPanelists include:\r\n\r\n* **Jimmy Wales,** Founder of Wikipedia & member of the WMF’s Board of Trustees and Wikimedia Endowment.\r\n* **Chris Albon**, Director of Machine Learning and Data, Wikimedia Foundation\r\n* **Lane Becker**, Senior Director for Earned Revenue, Wikimedia Enterprise\r\n* **Ilario Valdelli**, Innovation Programme Lead, Wikimedia CH\r\n* **Netha Hussain**, Physician and Wikimedian\r\n    And --\r\n* **Audrey Tang** (remote), [CyberAmbassador.tw](http://cyberambassador.tw/) and[ Civic.AI](http://civic.ai/).",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/ZRT3QA/",
      "speakers": [
        {
          "name": "Chris Albon",
          "bio": "Chris is the Senior Director of Machine Learning and Data Engineering at the Wikimedia Foundation.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/B8FWRQ/"
        },
        {
          "name": "Ilario Valdelli",
          "bio": "Ilario Valdelli is Innovation Programme Lead at Wikimedia CH (Switzerland) and has 18 years of experience in Wikimedia projects. A Wikipedian since 2005, he has been involved with Wikimedia CH since its founding, contributing to the chapter’s early development and long-term growth. He co-founded Wikimedia Switzerland and Wikimedia Italy, has worked as Programme Manager at Wikimedia CH since 2014, and has led the organisation’s innovation work since 2020.\r\n\r\nHis work focuses on innovation at the intersection of open knowledge, digital transformation, and AI, with an emphasis on strategy, partnerships, and community-informed experimentation. He supports collaborations with universities, public institutions, and civic tech networks in Switzerland and across Europe, translating research and emerging technologies into practical prototypes, programme design, and governance discussions for the Wikimedia ecosystem.\r\n\r\nRecently, he produced the report from the **Collective Intelligence vs Artificial Intelligence** roundtable and co-organised **WikiCite 2025**, contributing to movement-wide discussions on knowledge infrastructure, responsible innovation, and the evolving relationship between Wikimedia and AI.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/AEGBWU/"
        },
        {
          "name": "Jimmy Wales",
          "bio": "**Jimmy Wales** is an American-British Internet entrepreneur best known for founding **Wikipedia.org** in 2001, a crowd-sourced online encyclopedia that has become one of the world's most visited websites. To support its mission, Wales established the non-profit **Wikimedia Foundation** in 2003, where he remains a board member and key spokesperson. In 2004, he also co-founded **Fandom** (formerly Wikia), a for-profit platform hosting community-led wikis for pop culture, gaming, and specialized topics.\r\nWales holds a Bachelor’s degree in finance from Auburn University and a Master’s from the University of Alabama. Beyond his primary ventures, his leadership in the digital space includes serving as a fellow at Harvard’s Berkman Center and joining the Board of Directors for **Creative Commons** in 2006.\r\nHis global contributions to technology and society have earned him numerous prestigious honors:\r\n\r\n* **Time 100 Award (2006):** Named one of the world’s most influential people in the “Scientists & Thinkers” category.\r\n* **Young Global Leader (2007):** Recognized by the World Economic Forum, later joining its board in 2013.\r\n* **UNESCO Niels Bohr Medal (2013):** Awarded for his commitment to an open world.\r\n* **Web Superstar (2014):** Named by *The Daily Telegraph* as one of the top 25 web figures.\r\n\r\nExpanding into publishing, Wales is the author of the book *The Seven Rules of Trust*.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/FP8WBT/"
        },
        {
          "name": "Lane Becker",
          "bio": "**Lane Becker** is the Senior Director of Commercial Partnerships for the Wikimedia Foundation, as well as the President of Wikimedia LLC, a for-profit subsidiary of the Foundation. Wikimedia LLC runs Wikimedia Enterprise, a software platform for organizations that wish to reuse Wikimedia content on their own sites & services.\r\n\r\nPreviously, Lane was a strategist for 18F, a consultancy inside the US government working to modernize government digital services. While there, Lane started & ran 10x, a US government venture-style fund to invest in technology products and services that benefit the American public. Prior to 18F, Lane worked for the nonprofit Code for America as their Head of Product.\r\n\r\nLane also co-founded Adaptive Path, a pioneering user experience design firm, acquired by Capital One Bank; Measure Map, an online analytics tool acquired by Google that became Google Analytics; & Get Satisfaction, an online customer service tool acquired by the social media firm Sprinklr.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/lspk7116/"
        },
        {
          "name": "Netha Hussain",
          "bio": "Netha Hussain is a Wikimedian since 2010. She has worked on a variety of projects, including content creation, GLAM, Education, Outreach and tool building. Together with Anwesha Chakraborty, she is working on a study related to Wikimedians' perceptions related to Generative AI on Wikipedia.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/8JXPHQ/"
        },
        {
          "name": "Shani Evenstein Sigalov",
          "bio": "Dr. Shani Evenstein Sigalov is an educator, researcher, and long-standing Open Knowledge advocate working at the intersection of Education, Technology, Innovation and Openness, with a key interest of integrating Wiki projects into the academic curricula. Finishing serving 6 years on the Wikimedia Foundation’s Board of Trustees, she is currently serving as a Marie Skłodowska-Curie Postdoctoral Research Fellow at the Digital Humanities Research Hub, University of London. In this capacity she is leading the AI-BRIDGES project, exploring how institutional data, Wikidata/Wikibase, and Generative AI systems can be responsibly connected, working closely with the movement and its partnering organizations.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/PCU7GJ/"
        },
        {
          "name": "Solenne Lazare",
          "bio": "Solenne Lazare is Head of Product Strategy at Wikimedia Deutschland, a role she has held since October 2024. With over eight years of experience as a product professional, she focuses on aligning engineering, governance, and community needs to support the sustainable growth of Wikidata and the broader Wikibase ecosystem.\r\nWithin the Wikimedia movement, her work centers on Linked Open Data, scalability, data governance, and mission-aligned reuse. She works at the intersection of infrastructure resilience, modeling practices, and long-term product vision for Wikidata as a global, open knowledge graph.\r\nHer role involves close collaboration not only with the Wikimedia Foundation, but also with other Wikimedia affiliates and chapters, ensuring alignment across organizational boundaries. A key part of her work is integrating community needs into strategic and technical decision-making, and fostering constructive dialogue between contributors, engineers, and leadership.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/MHPGMJ/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 487,
      "title": "🥗 Lunch meetup: Afrika Baraza in person",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-24",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "The Afrika Baraza Meetup at Wikimania is a dedicated in-person gathering for African Wikimedians and friends of the continent to connect, reflect, and strategize together. “Baraza,” meaning community dialogue, represents a space rooted in open conversation, shared learning, and collective action.\r\nThis meetup will bring together contributors, organizers, affiliates, and partners to exchange updates on their work across the region, celebrate achievements, and discuss common challenges. It will also provide an opportunity for participants—many of whom may be meeting face to face for the first time—to strengthen relationships, explore collaborations across countries and thematic areas, and align efforts with global movement priorities.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/3PVULE/",
      "speakers": [
        {
          "name": "Manar Yacoub Criner",
          "bio": "I work at the Wikimedia Foundation as a Manager on the Movement Communications team.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/9ADQPQ/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 369,
      "title": "Fireside Chat with the Wikimedia Foundation Executives",
      "track": "Governance & Strategy",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-24",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "Each Wikimania is an opportunity for the Wikimedia Foundation executive team to share with the movement the priority areas they're focused on across different topics, and to take in questions and feedback. In this session, Foundation executives will discuss progress they've made on important goals and contemplate larger questions related to how Wikimedia is keeping up with an evolving world. They will explore the particular complexities of this moment, looking at opportunities, challenges, and trade-offs, framing the discussion for an audience Q&A or breakout group discussions.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/BTSAS9/",
      "speakers": [
        {
          "name": "Anusha Alikhan",
          "bio": "Anusha Alikhan is the Chief Communications Officer at the Wikimedia Foundation. She has more than 15 years of communications experience spanning the areas of human rights, technology, knowledge access, international development, media innovation, gender equity, and healthcare. She joined the Foundation in 2019 as the Senior Director of Communications.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/DPCXSM/"
        },
        {
          "name": "Bernadette Meehan",
          "bio": "Bernadette Meehan is the CEO of the Wikimedia Foundation. She is a former U.S. ambassador and brings over two decades of leadership in geopolitics, technology, philanthropy, and global markets.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3FRUT3/"
        },
        {
          "name": "Bobby Shabangu",
          "bio": "Bobby Shabangu is a member of the Wikimedia Foundation Board of Trustees. He is a long-standing Wikimedia volunteer, community leader, and open knowledge advocate with more than a decade of experience strengthening free knowledge across Africa and the Global South. He has been an active Wikimedian since 2013, contributing to multiple African-language Wikipedias, Wikimedia Commons, Meta-Wiki, Wikidata, and the Incubator. He previously served as an administrator for both the Siswati- and IsiNdebele-language Wikipedias, helping steward the growth and quality of emerging language communities.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3MGQ7P/"
        },
        {
          "name": "Lisa Seitz Gruwell",
          "bio": "Lisa Seitz Gruwell is the Chief Advancement Officer of the Wikimedia Foundation. She leads the Foundation's Advancement Department, which is tasked with growing the global community of volunteers who edit Wikipedia and creating and implementing the revenue strategy for the Wikimedia projects.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/USQLVP/"
        },
        {
          "name": "Nadee Gunasena",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/LLX7FJ/"
        },
        {
          "name": "Selena Deckelmann",
          "bio": "Selena Deckelmann is the Chief Product and Technology officer at the Wikimedia Foundation. Formerly a Senior Vice President at Mozilla, she joined the Foundation in August of 2022, after feeling the strong connection with the mission and aspirations of the Wikimedia projects.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/P8VG7B/"
        },
        {
          "name": "Stephen LaPorte",
          "bio": "Stephen is the General Counsel at the Wikimedia Foundation. He works on a wide range of topics, including legal defense for the Wikimedia projects, support for the people who build it, and advocating for the legal principles that make it possible.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ZUPXXX/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 811,
      "title": "Building a Wikimedia tool with agentic AI [workshop; programming experience required]",
      "track": "Artificial intelligence",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-24",
      "start": "16:00",
      "duration": "01:25",
      "abstract": "This workshop demonstrates how to go **from idea to working, deployed tool in under two hours**, using Agentic AI (Claude Code).\r\n\r\nThe workshop is aimed at **people with programming experience**, to encourage them to experiment with agentic AI coding (which has made a great leap in capability in Nov 2025, and became much better at producing useful code). It is **not** aimed at encouraging people with **no understanding of programming** to \"just vibe code\".\r\n\r\nThe goal is to generate the idea for the tool right there in the room in the first 10 minutes or so, but I will also prepare a couple of ideas of my own in case there's no creative energy in the room.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/QEZTNK/",
      "speakers": [
        {
          "name": "Asaf Bartov",
          "bio": "I am a longtime Wikimedia volunteer as well as Wikimedia Foundation program officer. I have built and deployed multiple tools on Toolforge (e.g. [Luthor](https://luthor.toolforge.org/)), have delivered dozens of in-person and online trainings (most recently, the comprehensive [Wikimedia Core Curriculum](https://learn.wiki/courses/course-v1:Wikimedia-Foundation+WMF_AGP000+2025/about) on the WikiLearn platform), and have attended all Wikimanias since Wikimania 2010 in Gdańsk.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/NNBB9R/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 804,
      "title": "CEE Meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-24",
      "start": "17:30",
      "duration": "01:00",
      "abstract": "A meetup for the community of the CEE region, to chat, connect, and update on the latest regional developments.\r\n\r\nCEE you there!",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/SWGGYT/",
      "speakers": [
        {
          "name": "Natalia Szafran",
          "bio": "Long time Wikimedian, administrator on Polish Wikipedia, former Arbcom member and oversighter. Lead Movement Communications specialist at the Wikimedia Foundation.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/LUWFYC/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 492,
      "title": "Kurier, Signpost, wikipress: You can be a Wikimedia journalist",
      "track": "Community",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-24",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "Wikimedia volunteers publish community newspapers, such as German Wikipedia's *Kurier*, English Wikipedia's *The Signpost,* French Wikipedia's *RAW,* French Wiktionary's *Actualités*.\r\n\r\nBesides these, Wikimedians present numerous newsletters to alert interest groups of project developments, community accomplishments, available shared resources, and to raise attention to social and ethical issues. Examples of popular newsletters include updates from Wikidata and Outreach.\r\n\r\nThis workshop will include brief presentations from regular contributors to Wikimedia newspapers and newsletters, then engage attendees to contribute their own news for publication. Could be existing ones or to build a new one, like for Wikisource for example.\r\n\r\nOptions for contributing will include writing community notices for publications to share, starting the submission process to get editorial review for longer articles which you may wish to develop, or just talking with editors and contributors of publications who may be in the room.\r\n\r\nYour favorite community publications will be at this workshop! Also, you are a journalist, and you have freedom to share information as Wikipedia community news, or elsewhere in Wikimedia projects. Editing Wikipedia is not a crime!",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/GLEQ39/",
      "speakers": [
        {
          "name": "Der-Wir-Ing",
          "bio": "Mostly active in German wikipedia, but also on global level https://meta.wikimedia.org/wiki/Special:CentralAuth/Der-Wir-Ing",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/YWGLCD/"
        },
        {
          "name": "Lane Rasberry",
          "bio": "Lane Rasberry is Wikimedian-in-residence at the [School of Data Science](https://en.wikipedia.org/wiki/School_of_Data_Science \"School of Data Science\") at the University of Virginia. His interests include [popular science](https://en.wikipedia.org/wiki/Popular_science \"Popular science\"), [consumer protection](https://en.wikipedia.org/wiki/Consumer_protection \"Consumer protection\"), [civic engagement](https://en.wikipedia.org/wiki/Civic_engagement \"Civic engagement\"), access to health information, [clinical research](https://en.wikipedia.org/wiki/Clinical_research \"Clinical research\"), the Open Movement, [data science](https://en.wikipedia.org/wiki/Data_science \"Data science\"), [LGBT history](https://en.wikipedia.org/wiki/LGBT_history \"LGBT history\"), and [Wikimedia projects](https://en.wikipedia.org/wiki/Wikimedia_projects \"Wikimedia projects\").",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/KMUCFU/"
        },
        {
          "name": "Noé",
          "bio": "Wiktionarian, WikiTinker, WikiBard, WikiMuse. My home project is French Wiktionary. I write guidelines, documentation and help pages, I publish French Wiktionary monthly newsletter Actualités, I suggest editorial incentives.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/XCVAV8/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 672,
      "title": "Let's get tangible: Promoting knowledge equity and allyship in communities",
      "track": "Community",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-24",
      "start": "11:00",
      "duration": "01:25",
      "abstract": "Striving for knowledge equity within the movement doesn’t just mean to close knowledge gaps and make marginalised knowledge (more) visible, but to make the community feel more responsible for and able to support a more diverse community as a whole. In the last four years a team at Wikimedia Germany worked on promoting marginalised knowledge and knowledge equity and our team has learned a lot through different approaches in raising awareness for equity and promoting allyship within the community as well as reaching out to newcomers from marginalised communities.\r\n\r\nIn this session we don’t just want to tell you about what we have learned but rather make this a tangible experience with a train-the-trainer approach as we will work through different exercises and try out methods and concepts that can help individuals and groups to become more aware of structures of power and inequity in knowledge (re)production and develop and strengthen their positioning and allyship for knowledge equity. All methods and materials used in this workshop session will be available on Wikimedia Commons, so participants will leave the session with the ability, understanding, and materials to facilitate all exercises and methods themselves as well as adapting them to their own needs and contexts.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/CEKXFE/",
      "speakers": [
        {
          "name": "Cin Pietschmann",
          "bio": "Hello, I'm Cin! I'm a project manager for knowledge equity and marginalised knowledge at Wikimedia Germany. I have worked at the intersection of education, communities, tech, and equity for over a decade in various corners of Berlin and I wouldn't want it any different.\r\n\r\nI'm also intrigued by other topics, for examples gardening, knitting machines, and queer history.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/XTHD7L/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 477,
      "title": "Future of Wikimania",
      "track": "Community",
      "type": "Workshop (25 minutes)",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-24",
      "start": "12:30",
      "duration": "00:25",
      "abstract": "ETHERPAD notes link/ online attendee's feedback pad: **[https://w.wiki/SbGh](https://w.wiki/SbGh)**\r\n\r\nThe *[Future of Wikimania](https://wikimania.wikimedia.org/wiki/Wikimania:Future_of_Wikimania)* session is designed as a direct listening board for the [Wikimania Steering Committee](https://meta.wikimedia.org/wiki/Wikimania_Committee). We want to hear from you, the attendees, to help shape the next trajectory of our global conference. Acknowledging past discussions from [2009](https://wikimania2009.wikimedia.org/wiki/Proceedings:273) to [2025](https://wikimania.wikimedia.org/wiki/2025:Program/Future_of_Wikimania), we see a very optimistic future for Wikimania. However, as our movement grows, the conference must adapt. This open town hall is a space to share your experiences and ideas. The goal is simple: the Wikimania Steering Committee will use this feedback to create helpful policies that will guide how we meet, share, and celebrate over the succeeding years. We will focus on exciting new challenges like emerging technologies and improving our presentations, while also addressing common community concerns regarding the scholarship process, program development, facilities and how we communicate.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/BTJKHS/",
      "speakers": [
        {
          "name": "Andrew Lih",
          "bio": "Andrew Lih has been a contributor to Wikipedia since 2003 and serves as an administrator on both the English Wikipedia and Wikidata. He is the author of The Wikipedia Revolution (2009), a chronicle of the platform’s early history and growth.\r\n\r\nHe has played a leading role in fostering collaboration between the Wikimedia community and cultural heritage institutions. In the United States, he currently serves as Wikimedian at Large at the Smithsonian Institution, the world’s largest museum and research complex. He previously worked as a Wikimedia strategist at The Metropolitan Museum of Art, helping to integrate its open access collections into Wikidata and Wikimedia Commons.\r\n\r\nIn 2024, he led the GLAM CSI (Contributor Study Initiative) project at the Smithsonian, funded by the Wikimedia Foundation, to analyze and improve the technical contribution workflows and document key user experiences within the GLAM Wiki community. In recognition of his contributions, he was named one of the first Wikimedia Laureates in 2022 for his lifetime work in advancing the Wikimedia movement.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/F7PMM8/"
        },
        {
          "name": "Butch Bustria",
          "bio": "Butch Bustria is a Filipino Wikimedian and a person from the East, Southeast Asia, and the Pacific (ESEAP) region. Based in Northern Luzon in the Philippines and was Singapore as an Overseas Filipino Worker (OFW), he has transitioned from being a prolific content contributor to a strategic organizer who bridges the gap between local communities and the global Wikimedia movement.\r\n\r\nHe has been part of first ESEAP Conference in Bali (2018), the Strategy Summits in Bangkok (2019), Singapore (2023), Manila (2025) and subsequent conferences in Sydney (2022), Kota Kinabalu (2024) and Kaohsiung (2026).\r\nHe serves on the ESEAP Regional Funds Committee (since 2021), and also involved in the strategic push to formalize an \"ESEAP Hub.\"\r\n\r\nHe served as the Event Lead and Program Subcommittee Chair for Wikimania 2023 and has been a member of the Wikimania Steering Committee since 2020, ensuring the continuity of the conference's legacy.\r\n\r\nHe was one of the co-founders of Wikimedia Philippines in 2010.\r\nWhile based in Singapore, he utilized his experience to mentor neighboring communities. He assisted the community to establish the Wikimedia Community User Group Malaysia and Wikimedians of Singapore User Group by transferring knowledge on governance and community building.\r\n\r\nHe actively conducts outreach, such as explaining Wikimedia projects to emerging local communities in Northern Luzon, Mindanao, Central and Western Visayas, and advocating for the use of government websites as public domain resources.\r\n\r\nHis editing journey began in December 2005 and still an active contributor in diverse Wikimedia online projects.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/S9SRLS/"
        },
        {
          "name": "Effeietsanders",
          "bio": "Effeietsanders is currently the chair of the Wikimania steering committee and is active on the Dutch Wikipedia since 2005. See also https://meta.wikimedia.org/wiki/User:Effeietsanders",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/FXCGVB/"
        },
        {
          "name": "Florence Devouard",
          "bio": "Username:Anthere (she/her).\r\nFrench. Languages : FR N; EN-4.\r\n\r\n* Co-Executive Director of Wiki in Africa\r\n* Consultant for the Community Care Programme of Wikimedia CH\r\n* Wikipedian-in-Residence at World Intellectual Property Rights (WIPO)\r\n* Former Chair of Wikimedia Foundation\r\n* Co-founder, former Vice-Chair and currently member of Wikimédia France\r\n\r\nKey words : Wikipedia, Wikimedia Commons, Africa, IP rights, Open Movement, Community Building, Open Source, Creative Commons, Life-long learning, accountability, Gender Gap, Equity, Care\r\n\r\nMore info and contacts\r\n\\* fdevouard//@//[anthere.org](https://app.eventyay.com/talk/redirect/?url=http%3A//anthere.org%3ASnNANUzWPMgPOVNMkEacPbSSoYNL837nLtK-V1qerXg)\r\n\\* [https://www.linkedin.com/in/devouard/](https://app.eventyay.com/talk/redirect/?url=https%3A//www.linkedin.com/in/devouard/%3A5bb4U87ZC3ds0GX-yPXq3Jyh1Jo1raMaMQhS4DhP9k8)",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/MZG3QV/"
        },
        {
          "name": "Gnangarra",
          "bio": "Over 20 years as a Wikimedian, and 20 years of contributions to Wikimedia Commons. I consider myself a dinosaur who has been involve with the growth of the movement over many years.\r\n\r\nAnd I occassionally take the odd photo, now even the odd video",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/DHNXYW/"
        },
        {
          "name": "Luis Carrasco",
          "bio": "Luis Carrasco is a Chilean marine biologist and public policy professional, active in the Wikimedia movement. He works on content partnerships, community strategy, and international collaboration, and serves in leadership roles within Wikimedia Chile and global initiatives.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/Z7E39V/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 360,
      "title": "🥗 Lunch meetup: Mediterranean Meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-24",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "The Mediterranean Meetup gathers Wikimedians from all countries bordering the Mediterranean Sea for a moment of connection and exchange.\r\n\r\nThe goal of this cross-continental exchange is to get to know each other among organizations and volunteers from Mediterranean countries to identify our common challenges and opportunities, and build connections that could lead to developing projects together in the future: \r\n\\- sharing knowledge and expertise on how we run Wikimedia\\-related projects ;\r\n\\- collaboration on activities and programs such as Wiki Loves Monuments / Earth / Folklore ;\r\n\\- develop projects connected to the sea\\, landscape\\, migration and climate change\\.\r\n\r\nThe idea of bringing Wikimedians from the Mediterranean together was born during the session \"Wiki Sud Italia\" at Wikimania 2024, where we noticed that the context and challenges that we are facing in Southern Italy were shared and understood by volunteers from other countries. At this occasion, we created connection with Wikimedians from neighbor countries accross the sea (Malta, Tunisia) and we noticed the interested in a pan-Mediterranean network.\r\n\r\nComplementary to existing geographic hubs in the region (Iberocoop, CEE...), the Mediterranean Meetup at Wikimania 2026 aims to establish preliminary contacts and map the interest of Wikimedia volunteers, with the goal to develop into a more structured partnership in the future: \r\n    - collaboration during the upcoming Wiki Loves Earth campaign\r\n    - organization of a follow up gathering in Malta\r\n\r\nThe Mediterranean Meetup is brought to you by [WikiSud Italia](https://meta.wikimedia.org/wiki/Gruppi_locali_di_lingua_italiana/SudItalia/en), an informal group of Wikimedians from Southern Italy and beyond!",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/JFXWMM/",
      "speakers": [
        {
          "name": "Giovanni Pennisi",
          "bio": "ICT Student \\| Sicilian\\, Regional Coordinator for Wikimedia Italy; tech enthusiast; drone pilot; astronomy\\, 3dprinting\\, music and travel lover\\!",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/S9VJUZ/"
        },
        {
          "name": "Léa Lacroix (Auregann)",
          "bio": "Involved in the Wikimedia movement since 2010, Léa Lacroix (user:Auregann) is a community engagement coordinator and event organizer working for various organizations in the movement.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/GVY9NY/"
        },
        {
          "name": "Toni Sant",
          "bio": "A Wikimedian since 2010, Toni is a founding member of Wikimedia Community User Group Malta (established in 2015) and current chair of the Wikimedia CEE Hub, since 2025.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/GKYZLT/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 805,
      "title": "Légiférer pour la libre circulation des connaissances. De l'ambition à la réforme",
      "track": "Education and Advocacy",
      "type": "Workshop (55 minutes)",
      "language": "fr",
      "room": "Agora 🌐",
      "day": "2026-07-24",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "L'idée d'une cinquième liberté – la libre circulation des connaissances – est devenue un mot à la mode au sein de l'Union européenne. Pour Wikimedia, cela signifierait un accès beaucoup plus facile aux sources essentielles pour soutenir les projets Wiki, permettant aux Wikimédiens d'améliorer le contenu avec du texte, des sources, des images et des informations sur le patrimoine. Cela représente également un exemple potentiellement puissant pour le reste du monde, en accord avec la mission de Wikimedia qui consiste à promouvoir plus largement le libre accès à la connaissance.\r\n\r\nAu cours des prochains mois, la Commission européenne proposera un acte européen sur l'espace de recherche, destiné à être la pièce maîtresse de ce travail. Toutefois, il n'y a aucune garantie de succès : les intérêts particuliers, les lenteurs bureaucratiques et le temps limité disponible peuvent tous conduire à des résultats sous-optimaux.\r\n\r\n**Programme indicatif**\r\n\r\n* Introduction\r\n* Vecteur de changement: droits de publication secondaire\r\n* Vecteur de changement: œuvres hors commerce\r\n* Vecteur de changement: protection des institutions de recherche et culturelles contre les contrats abusifs\r\n* Élaboration d'un plan d'action pratique\r\n\r\n**Objectifs de la session**\r\n\r\n* Les participants ont une meilleure compréhension de l'état actuel des processus législatifs pertinents de l'UE.\r\n* Les participants ont une idée claire du moment, du lieu et de la manière dont ils peuvent influencer ces processus pour le mieux.\r\n* Nous explorons tous plus en profondeur les liens entre le plaidoyer du Wiki, les bibliothèques, la recherche et d'autres communautés.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/XCBSR9/",
      "speakers": [
        {
          "name": "Camille Françoise",
          "bio": "Camille Françoise is a French Policy Advisor and Program Manager based in the Hague in the Netherlands, specialised in emerging digital technologies, human rights, especially equitable access to information & knowledge in digital environments. Camille is currently pursuing an LLM in Digital & Technology Law at the Université Catholique de Lyon, focusing on GDPR, AI ethics, Cybersecurity, and Platform Regulations. She supports a vision of human-centered and self-determination on digital infrastructures. Additionally, she is member of the board of trustees of Wikimedia France and Deuxfleurs, and the co-coordinator of Knowledge Rights 21 in France.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/KDC9US/"
        },
        {
          "name": "dswyer",
          "bio": "Je suis Directeur, Affaires Extérieures au sein de la Fédération internationale d'associations de bibliothèques et des institutions (IFLA), où je suis responsable pour la promotion des partenariats entre bibliothèques et autres acteurs qui partagent l'objectif de faire en sorte que tout le monde ait accès aux connaissances, ainsi que les droits, compétences et confiance pour les appliquer, créer et partager. Je travaile également avec des collègues et bénévoles pour mener des actions de plaidoyer en faveur d'un environnement législatif et budgétaire propice à la réalistion du potentiel des bibliothèques autour du monde.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/M9WQ7W/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 261,
      "title": "Using Wikimedia in Education: A Practical Workshop by the EduWiki Hub",
      "track": "Education and Advocacy",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-24",
      "start": "16:00",
      "duration": "01:25",
      "abstract": "How can educators meaningfully integrate Wikimedia into their teaching while ensuring participation, inclusion, and quality?\r\nThis interactive workshop guides participants through the practical steps of designing a Wikimedia-based education activity. There will be no lecture. Participants will work in small groups to move from idea to structured plan.\r\nThe session begins with participants identifying their teaching contexts and key challenges. Through progressive design challenges, they will define why Wikimedia is relevant in their setting, outline a concrete learning activity, and adapt it to real-world constraints such as multilingual classrooms, limited connectivity, or first-time editors.\r\nParticipants will leave with a draft plan that can be implemented in their own institutions or communities.\r\nFacilitators will also introduce practical support structures such as mentorship, peer learning workshops, OER documentation practices, and knowledge-sharing platforms that can strengthen education initiatives globally.\r\nThis workshop is collaborative, adaptable across regions, and suitable for educators, librarians, youth organizers, and Wikimedia program leaders.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/PGPFWQ/",
      "speakers": [
        {
          "name": "Barakat Adegboye",
          "bio": "Just a Wikimedian and educator trying to make a difference through various Wikimedia programs and projects. As the Communications Assistant at the EduWiki Hub, I support the Hub’s global visibility and community engagement. My work includes producing newsletters, coordinating multilingual outreach, managing digital and social media channels, and promoting resources. I also help organize Knowledge Showcases and webinars, strengthen partnerships, and ensure that all communications align with the Hub’s strategic goals. My role is to make sure EduWiki Hub communications run smoothly and effectively, sustaining the Hub’s services for the global Wikimedia education community.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/GAGEKP/"
        },
        {
          "name": "Bukky658",
          "bio": "Bukola James is a certified librarian with leadership roles across the Wikimedia movement. She is the Community Coordinator for the Africa Wikipedian Alliance and coordinates the EduWiki Hub. Additionally, Bukola serves as the Regional Liaison for Sub-Saharan Africa on the Let’s Connect working group, where she supports community decentralization, capacity building, and collaborative training initiatives.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/SLXEWX/"
        },
        {
          "name": "BJames (EdWH)",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/CXRLVC/"
        },
        {
          "name": "João Alexandre Peschanski",
          "bio": "João Alexandre Peschanski (Joalpe) is the executive director of Wikimedia Brasil and a board member of the Wikipedia & Education UG. His activity at Wikimania is supported by the Wikimedia Foundation and the RIDC NeuroMat (FAPESP 2013/07699-0).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/HSLBLS/"
        },
        {
          "name": "James Rhoda",
          "bio": "James Rhoda (Muze'n) is the Creative manager at the Wikimedia User Group Nigeria and EduWiki Hub. She has led and implemented multiple Wikimedia initiatives, including Reading Wikipedia in the Classroom and #EveryBookItsReader, driving education and knowledge equity across Nigeria. In 2025, she served as a Fellow on the Africa Wiki Women Inclusion and Climate Justice Project. Passionate about advancing open knowledge, Rhoda has successfully designed, led, and facilitated impactful Wikimedia projects, campaigns, and community trainings nationwide.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/BJ9XHN/"
        },
        {
          "name": "Rita Maliqi",
          "bio": "EduWiki Hub",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/UE8TKR/"
        },
        {
          "name": "Rita Maliqi",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ZUULGB/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 227,
      "title": "Wiki-needles meet-up",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-24",
      "start": "17:30",
      "duration": "01:00",
      "abstract": "Meet-up for Wikimedians who love knitting, crochetting, embroidery and so on: let's share our current creative work!\r\n\r\nBring your own stuff if you can (yarn & needles), and come to take a break from the whirlwind of Wikimania!",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/DCRALQ/",
      "speakers": [
        {
          "name": ".Anja.",
          "bio": "French Wikimedian living in Belgium, I've been editing the French Wikipedia since 2009. I'm also a Commonist, occasional Wiktionnarist and Wikidatist.\r\nI mainly edit about veterinary medicine, pets and feminism.\r\nI'm also involved within the Wikimedia movement to raise awareness about neurodiversity.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/DLWLXM/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 175,
      "title": "Durabilité du mouvement et protection de l’intégrité informationnelle à l’ère de la désinformation",
      "track": "Education and Advocacy",
      "type": "Workshop (55 minutes)",
      "language": "fr",
      "room": "Room C+D (in-person only)",
      "day": "2026-07-24",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "À l’ère de la désinformation, la durabilité du mouvement repose sur la protection de l’intégrité informationnelle. Les attaques contre la fiabilité des contenus menacent la crédibilité et la confiance du public. Renforcer la vérification de l’information, promouvoir la transparence et former les contributeurs sont essentiels pour préserver la qualité des contenus et assurer la pérennité du mouvement.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/VPLAGU/",
      "speakers": [
        {
          "name": "Abakar Brahim",
          "bio": "Je suis cofondateur de wikimédia Tchad et un engagé pour le partage de la connaissance libre.\r\nUbuntu esprit",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/TWYD7B/"
        },
        {
          "name": "Papischou",
          "bio": "Donatien Kangah est un expert ivoirien en médias numériques, spécialisé depuis plus de 15 ans dans l’intégrité de l’information. Il est le président et co-fondateur de Wikimedia Côte d’Ivoire depuis 2013. Consultant pour des organisations internationales telles que le NDI, RSF ou CFI, il déploie son expertise dans la lutte contre la désinformation et les discours de haine. Spécialiste des enjeux éthiques de l'intelligence artificielle, il forme journalistes et acteurs de la société civile à travers l'Afrique. Sur le plan académique, il a fondé l'unité « Web journalisme » à l'ISTC-Polytechnique et enseigne à l'ESJ Lille. Titulaire d'un Master en Management des Médias, il est actuellement doctorant en Management des Organisations.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7JMTDX/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 816,
      "title": "Je ne contribue pas, mais je suis wikimédien",
      "track": "Wild Ideas",
      "type": "Panel (55 minutes)",
      "language": "fr",
      "room": "Room C+D (in-person only)",
      "day": "2026-07-24",
      "start": "11:00",
      "duration": "00:55",
      "abstract": "On pense souvent que seules les personnes qui modifient les projets Wikimédia sont des wikimédiens. Mais le mouvement Wikimédia regroupe différentes personnes qui le soutiennent : des donateurs et mécènes, des partenaires, des fournisseurs et prestataires, des bénévoles d'associations locales qui ne modifient pas les articles sur Wikipédia, n'ajoutent pas de photos sur Commons et ne créent pas d'éléments sur Wikidata, mais qui jouent un rôle positif dans le mouvement. Peuvent-ils se présenter comme wikimédiens ? Quels sont les critères pour être considéré comme wikimédien ?\r\n\r\nCette table ronde invite ces personnes à discuter de la question, de leur point de vue sur le sujet et de leur impact au sein du mouvement Wikimédia :\r\n\r\n* Laurent MARIE, fondateur de Worteks et mécène à la Wikimania.\r\n* Cyril MICHEL, co-fondateur d’Éclos Production, entreprise chargée des visuels à la Wikimania.\r\n* Michael David MILLER, président de Wikimédia Canada et bibliothécaire agrégé à l’Université McGill.\r\n* Ophélie Wang, co-coordinatrice de Knowledge Rights 21 en France.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/N7P8WQ/",
      "speakers": [
        {
          "name": "Alejandra Reyes WMFr",
          "bio": "Je suis responsable de la collecte de fonds chez Wikimédia France depuis 2021 et je gère la relation avec les donateurs et donatrices qui soutiennent l'association. Les valeurs du mouvement Wikimédia font partie de ma vision personnelle depuis toujours et j'adore pouvoir collaborer avec des personnes du monde entier !",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/HZTS33/"
        },
        {
          "name": "Cyril MICHEL",
          "bio": "Cyril a créé Eclos Production avec sa fille. Cette société conçoit des contenus graphiques et audiovisuels dans une démarche éco-responsable. En limitant les émissions de carbone et en transmettant une vision responsable de la consommation, la société produit pour les entreprises, institutions et associations des éléments graphiques, des animations digitales, des films institutionnels et publicitaires, des captations d’évènement, des films de formation, des photographies et des reportages.\r\nEclos Production est un cocon créatif constitué de graphistes, motion designers, réalisateurs, chefs opérateurs, cadreurs, électros, étalonneurs, ingénieurs du son, photographes, compositeurs.\r\nEclos Production a développé sa propre Charte d’éco-production et passé un Contrat climat auprès du Ministère de la transition écologique. La société a été élue « Lauréat 2024 » du prix Réussir avec un marketing responsable, soutenu notamment par l’ADEME et a obtenu le plus haut niveau de labélisation Ecoprod pour un de ses films.\r\nAvant de lancer Eclos Production, Cyril était Managing Director chez HSBC. Passionné depuis toujours par la photo et la vidéo, Cyril a fait ses études à l'ESCP et Dauphine, et plus récemment aux Gobelins.\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/SCB3BA/"
        },
        {
          "name": "Ophélie Wang",
          "bio": "Je suis devenue bibliothécaire après avoir obtenu un doctorat en droit d’auteur. Passionnée par les questions d’accès ouvert et de culture libre, je suis désireuse de mettre son expertise juridique au service des bibliothèques et de la communauté Wikimédia.\r\nProfessionnellement, je suis actuellement élève conservatrice à l’Enssib et co-coordinatrice de Knowledge Rights 21 pour la France. Je suis française et j'habite à Paris.\r\n\r\nI have been working as a librarian for a few years after having obtained a PhD in copyright law in 2020.\r\nI am actually studying to become a *conservatrice des bibliothèques* (senior librarian) and I also am a co-cordinator for Knowledge Rights 21 in France, a legal advocacy program for access to knowledge in Europe. I am French and live in Paris.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7BZKRZ/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 997,
      "title": "🥗 Lunch meetup: Chairpersons (heads of board) meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "fr",
      "room": "Room C+D (in-person only)",
      "day": "2026-07-24",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "Réunion des président·e·s de chapters et UG.\r\n\r\nMeetup for chairs of chapters and UG.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/NJS7YP/",
      "speakers": [
        {
          "name": "Cédric Tarbouriech",
          "bio": "Chair of Wikimedia France, Wikimedian.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/GGQS7L/"
        },
        {
          "name": "Itzike",
          "bio": "Active in the Wikimedia movement for over 20 years, Itzik currently serves as the Chairperson of Wikimedia Israel. He has served on several global committees, including the Funds Dissemination Committee (FDC), as well as Strategy and Communication working groups. Additionally, he was part of the organizing team for Wikimania 2011 in Haifa. Beyond his voluntary work, for the last two years, he has also been the proud father of Ido.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/CVNPBR/"
        },
        {
          "name": "Jan-Bart",
          "bio": "I have been involved with the Wikimedia movement for more than 20 years and am currently the chair of Wikimedia Nederland. I am also involved in Wikimedia Europe and de Capacity exchange. I try to bring people within the Wikimedia Movement together and exchange best practices. I do this with the monthly chairpersons calls and the quarterly Wikimedia Europe and Friends.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/VDEJAB/"
        },
        {
          "name": "MichaelDavid MILLER (BiblioQC)",
          "bio": "Président de Wikimédia Canada, bibliothécaire agrégé aux Bibliothèques de l’Université McGill et administrateur aux conseils d'administration de Bibliothèque et Archives nationales du Québec (BAnQ) et de l'Acfas, MichaelDavid a 20 ans d'expérience en bibliothèques de recherche et presque 10 ans dans le mouvement Wikimédia.\r\n/\r\nPresident de Wikimedia Canadà, bibliotecari agregat a les Biblioteques de la Universitat McGill i administrador en els consells d'administració de Bibliothèque et Archives nationales du Québec (BAnQ) i de l'Acfas, Michael David té 20 anys d'experiència en biblioteques de recerca i gairebé 10 anys en el moviment Wikimedia.\r\n/\r\nPresident of Wikimedia Canada, associate librarian at the McGill University Libraries, and board member of Bibliothèque et Archives nationales du Québec (BAnQ) and Acfas, Michael David has 20 years of experience in research libraries and nearly 10 years in the Wikimedia movement.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/XWFSP8/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 731,
      "title": "Networking Without Fear: How to Connect at International Wiki Conferences",
      "track": "Community",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room C+D (in-person only)",
      "day": "2026-07-24",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "International Wiki conferences provide a great source of knowledge and learning. But they offer much more. They create a unique space for new ideas, partnerships, and future projects. And networking! Yet many participants don’t use this opportunity to network and communicate to its full potential. Some feel insecure about their English, while others may be introverted, feel shy, or simply don’t know where to start.\r\n\r\nThis session focuses on effective communication techniques for use during the Wiki events. It will offer practical guidance on building meaningful connections even when you don’t feel confident.\r\n\r\nWe will discuss what prevents participants from networking and the opportunities that may be discovered once the next level of networking is unlocked. We will see why networking matters and explore real examples of how simple meetings at a conference can grow into fruitful collaborations.\r\n\r\nWe will discuss what to do if English isn’t your first language and your language skills are limited (you will get practical, helpful recommendations and phrases to get started). We will also address shyness and introversion. Thus, it will equip you with simple ways to start networking both online and offline, and use it for good.\r\n\r\nParticipants will receive a networking mindset framework and preparation tips for before, during, and after the conference. The session focuses on simple steps that can help turn conversations into valuable cooperation for mutual benefit and a win-win approach.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/E9NFW8/",
      "speakers": [
        {
          "name": "Kate Kifa",
          "bio": "Wikimedia projects contributor, Wikipedia editor and speaker. Elected board member of [Wikimedia Ukraine](https://wikimania.wikimedia.org/wiki/Wikimedia_Ukraine) (since 2025). Member of WikiOrchestra and WikiChoir. Organizing committee member of [(Un)Known Women on Wikipedia](http://she.wikimedia.org.ua/), 2024-2026.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/GDXABL/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 413,
      "title": "Communicating as Human Beings. Active Listening",
      "track": "Community",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room C+D (in-person only)",
      "day": "2026-07-24",
      "start": "16:00",
      "duration": "00:55",
      "abstract": "How we communicate with each other influences our relationships, the quality of our interactions, and thus also the quality of our collaboration. In a community as complex and diverse as the Wikimedia movement, clear, respectful communication can be a transformative factor: for high-quality collaboration, but also for a community in which people enjoy being active on a long-term basis.\r\nActive listening takes a very concrete and practical approach to this issue. It sharpens our attention and trains our inner observer: What is the other person saying, and how are they saying it? Have I understood everything correctly, or do I want to ask for clarification? And then: How does what has been said affect me, how does it make me feel, how do I want to respond? Active listening means first really being present with the other person before we respond. Not in the heat of the moment, but in genuine understanding.\r\nThis sounds simple, but it requires putting aside our own judgments and thoughts, remaining curious, and taking responsibility for our own reactions. Those who practice this develop the ability to understand the perspectives and emotions behind words, thereby actively contributing to building trust and reducing misunderstandings.\r\nThe workshop is open to everyone, with or without prior knowledge. It takes place in a safe space: what you share stays in the room.\r\n\r\n<br>",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/TPL8W9/",
      "speakers": [
        {
          "name": "Lorenzo Losa",
          "bio": "Long term wikipedian, member of the Wikimedia Foundation board.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/PLTNRY/"
        },
        {
          "name": "Miriam Konert (WMDE)",
          "bio": "Miriam Konert has been leading the Support & Consultancy team at Wikimedia Deutschland in the Communities & Engagement department since 2023. Her team supports community members in acute conflict situations, when they are overwhelmed or experiencing burnout, and offers preventive measures in these areas of tension. Miriam is a certified mediator, trainer, and coach with a special focus on nonviolent communication and power-critical approaches. Before becoming a conflict manager, she was a dramaturge at an opera house in Berlin for ten years, and it was probably in the often very informal structures of a theater company that her desire to professionally de-escalate conflicts and learn to better understand and accept the complex nature of human beings was awakened. She also volunteers at a psychosocial counseling center for the queer community in Berlin.\r\nHer conviction: conflicts are part of life. Respectful communication succeeds when people with different perspectives and starting points agree on a common goal and work towards it.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/AG3TK8/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 756,
      "title": "Bangla Wiki Community Meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Room C+D (in-person only)",
      "day": "2026-07-24",
      "start": "17:30",
      "duration": "01:00",
      "abstract": "The Bangla Wiki Community Meetup will bring together contributors from Bangla Wikipedia and related Wikimedia projects to strengthen collaboration, share experiences, and align future priorities. The session will focus on community growth, content gaps, cultural representation, and cross-project coordination. Through brief updates and open discussion, participants will identify key challenges and practical next steps to improve sustainability, leadership development, and collective impact within the Bangla Wikimedia community.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/89AFM7/",
      "speakers": [
        {
          "name": "ROCKY",
          "bio": "Masum al Hasan Rocky is a community leader with extensive experience in Bangla Wikimedia projects since 2013. He previously served as General Secretary and Treasurer of Wikimedia Bangladesh. He has organized major national and international initiatives, including the annual Amar Ekushey Article Contest, Wiki Loves Bangla, and the first WikiConference in Bangladesh.\r\nRocky formally introduced the GLAM initiative in Bangladesh, establishing structured collaborations with cultural and heritage institutions to facilitate content digitization, open licensing, and institutional partnerships. Through these efforts, he has advanced sustainable models for cultural documentation and public access to knowledge.\r\nHe has also contributed significantly to Wikimedia Commons and Wikivoyage by uploading thousands of media files and coordinating volunteer engagement. Through workshops, strategic partnerships, and community-building programs, he continues to promote open knowledge, free education, and the documentation of Bangladeshi culture and heritage.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/YD9SMJ/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 256,
      "title": "From Good Faith to Governance: Tackling Conflict of Interest in a Volunteer Movement",
      "track": "Governance & Strategy",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-24",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "##### **Nearly 10 years after the creation of a dedicated Conflict of Interest Committee, Wikimedia France has entered a new phase: implementing foreign internal policies to structured cultural practices.**\r\n\r\n##### **Over the past two years, we started training not only for our Conflict of Interest Committee, Audit Committee, and Board, but also our staff and members. This process is much more than a one-time policy effort. Addressing conflicts of interest requires constant work to build transparency, fairness, and collective trust among our members, colleagues, and partners.**\r\n\r\n##### **In this workshop, we will share Wikimedia France’s journey: where we started, where we are, and where we would like to go. We will also open the floor for reflections from other chapters. Have you experienced challenges within your chapter or community? What were they? How did you address them? Have you developed a policy on this topic?**\r\n\r\n##### **Let’s learn from one another to build collective resilience around this sensitive issue together.**",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/TVCYRA/",
      "speakers": [
        {
          "name": "Camille Françoise",
          "bio": "Camille Françoise is a French Policy Advisor and Program Manager based in the Hague in the Netherlands, specialised in emerging digital technologies, human rights, especially equitable access to information & knowledge in digital environments. Camille is currently pursuing an LLM in Digital & Technology Law at the Université Catholique de Lyon, focusing on GDPR, AI ethics, Cybersecurity, and Platform Regulations. She supports a vision of human-centered and self-determination on digital infrastructures. Additionally, she is member of the board of trustees of Wikimedia France and Deuxfleurs, and the co-coordinator of Knowledge Rights 21 in France.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/KDC9US/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 358,
      "title": "Around the puzzle globe - session with Wikimedia Foundation",
      "track": "Governance & Strategy",
      "type": "Other",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-24",
      "start": "11:00",
      "duration": "00:55",
      "abstract": "Join the new Wikimedia Foundation CEO Bernadette Meehan, as she travels around the puzzle globe to listen, learn and engage with Wikimedia communities. This session offers  an opportunity to meet the Foundation leadership and together discuss the global trends, how the world and the internet changes, what those changes mean for the Wikimedia Movement - and what the world needs from us now. We will also celebrate 25 years of Wikipedia and discuss all the things we achieved together as a movement.\r\n\r\nBring your curiosity, and love for Wikimedia as we discuss the future together.\r\n\r\n<br>",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/FPRUW3/",
      "speakers": [
        {
          "name": "Natalia Szafran",
          "bio": "Long time Wikimedian, administrator on Polish Wikipedia, former Arbcom member and oversighter. Lead Movement Communications specialist at the Wikimedia Foundation.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/LUWFYC/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 3497,
      "title": "🥗 Lunch meetup - Research",
      "track": "Research",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-24",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "*",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/FZAL97/",
      "speakers": [],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 3427,
      "title": "Keynote : Sohyeon Hwang",
      "track": "Research",
      "type": "Other",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-24",
      "start": "14:30",
      "duration": "00:35",
      "abstract": "**Wikipedia as a project of Participatory Design**\r\nWikipedia is one of the few places left where everyday people can meaningfully intervene in an increasingly closed information ecosystem. Participatory design (PD), a design approach in which the people who will use a system play a critical role in designing it, offers a useful lens on what that intervention actually requires. In this talk, I draw an analogy between PD and the collective effort of building and sustaining the Wikimedia projects, asking what lessons PD holds for how we support and encourage participation in Wikipedia. Looking at prior research, I note two gaps — and opportunities — that PD highlights: leveraging community events and programming, and experimenting with decision-making interfaces. I close with research directions where PD methods could help the community build more participatory tools for its own governance.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/9LFG77/",
      "speakers": [],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 460,
      "title": "Cartographier le fossé des genres dans les ressources biographiques : une analyse à grande échelle avec Wikidata",
      "track": "Research",
      "type": "[research track] 5+5 minutes",
      "language": "fr",
      "room": "Room 2",
      "day": "2026-07-24",
      "start": "15:05",
      "duration": "00:10",
      "abstract": "À l’aide de la base de connaissances libre Wikidata, les personnes autrices ont analysé le contenu biographique en ligne de 80 dictionnaires et encyclopédies, totalisant un peu plus de 2 millions d’articles biographiques, afin d’établir la proportion d’articles dédiée aux personnalités féminines et masculines. L'objectif est de quantifier la présence relative du fossé des genres (gender gap) au sein de ces publications. En moyenne, il est possible de dénombrer une proportion de 11 à 14 % d’articles sur des personnalités identifiées comme femmes et 86 à 88 % sur des personnalités identifiées comme hommes, avec moins de 1 % de personnalités n'étant pas identifiées dans ces deux genres. Cette analyse met en lumière un déséquilibre structurel persistant dans la production et la diffusion des savoirs biographiques. Elle souligne également le rôle des infrastructures informationnelles dans la reproduction de biais historiques liés à la visibilité, à la reconnaissance et à la légitimité des parcours. En mobilisant Wikidata comme outil d’agrégation et de croisement des données, l’étude montre comment les environnements numériques permettent non seulement de mesurer ces écarts, mais aussi d’outiller des démarches correctives visant une représentation plus équitable.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/EAYLAY/",
      "speakers": [
        {
          "name": "Simon Villeneuve",
          "bio": "Simon Villeneuve est un enseignant depuis 20 ans. À partir de 2008, il a initié des étudiants de ses cours à Wikipédia dans le cadre de projets pédagogiques. Il a donné des formations sur l'utilisation des wikis du mouvement Wikimédia à différents intervenants du milieu culturel et éducatif canadiens.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/REG3W9/"
        },
        {
          "name": "Marie D Martel",
          "bio": "Marie D. Martel est professeure en sciences de l’information. Depuis plusieurs années, elle développe des recherches portant sur les infrastructures de savoir, les mécanismes de légitimation des connaissances et les dynamiques de pouvoir qui structurent les environnements numériques. Ses travaux interrogent les conditions sociales, techniques et institutionnelles qui rendent possible la production, la circulation et la reconnaissance des savoirs contemporains.\r\nElle s’intéresse particulièrement aux communs numériques et aux écosystèmes wikimédiens, qu’elle analyse à la fois comme espaces collaboratifs de production du savoir et comme infrastructures sociotechniques traversées par des tensions, des asymétries et des rapports de pouvoir. Ses recherches examinent les modalités de gouvernance de ces communs, les formes de participation qu’ils permettent ou limitent, ainsi que les cadres normatifs qui orientent la visibilité des contenus.\r\nUne part importante de son travail porte également sur les inégalités de représentation, notamment le fossé des genres dans les ressources biographiques en ligne. Elle analyse les obstacles systémiques — culturels, institutionnels et techniques — qui contribuent à la sous-représentation de certaines voix, et s’intéresse aux stratégies susceptibles de favoriser une production du savoir plus inclusive, équitable et réflexive.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3NWFKG/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 821,
      "title": "¿Qué y quiénes están presentes en Wikipedia en español? Explorando patrones de representación del conocimiento",
      "track": "Research",
      "type": "[research track] 5+5 minutes",
      "language": "es",
      "room": "Room 2",
      "day": "2026-07-24",
      "start": "15:15",
      "duration": "00:10",
      "abstract": "Esta sesión presenta resultados de una investigación que analiza la representación de biografías y entidades territoriales en países de América Latina y España dentro de Wikipedia en español. A partir de consultas a Wikidata se observan patrones en la distribución geográfica de las biografías, en la presencia de distintas ocupaciones y en la proporción de biografías de mujeres y hombres. Asimismo, el análisis de entidades territoriales permite identificar los tipos de espacios y elementos que son documentados en cada país.\r\nLos resultados preliminares muestran una fuerte presencia de ocupaciones vinculadas al ámbito cultural, político y deportivo, así como una concentración de entidades que varía entre los países de la región. Este tipo de análisis permite comprender mejor cómo se organiza la información en los proyectos Wikimedia y aporta elementos para reflexionar sobre las dinámicas de producción y representación del conocimiento en comunidades colaborativas.\r\nLa sesión busca aportar herramientas para que editores, investigadores y miembros de la comunidad puedan explorar los datos de Wikidata y Wikipedia desde una perspectiva analítica, aprovechando las posibilidades que ofrecen las consultas estructuradas.\r\nLa primera parte consistirá en una breve presentación de los resultados del estudio y de las principales tendencias observadas. En la segunda parte se realizará una demostración práctica de cómo construir consultas utilizando Wikidata Query Service (WQS) y cómo analizar los resultados con Google Colab, de modo que los participantes puedan replicar este tipo de análisis y generar sus propios conjuntos de datos.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/QHWKJ9/",
      "speakers": [
        {
          "name": "Agustín Zanotti",
          "bio": "Agustín Zanotti es investigador y docente universitario en el campo de los estudios sociales de la tecnología y la cultura digital. Ha desarrollado investigaciones sobre Wikipedia en español, analizando el papel de las comunidades en la construcción del conocimiento abierto.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/R3UT3N/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 3428,
      "title": "State of Wikimedia Research 2025-2026 + 5 Research Findings and how you can use them in your work. Part 2 : Équité",
      "track": "Research",
      "type": "Other",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-24",
      "start": "16:00",
      "duration": "00:30",
      "abstract": "We share 5 key findings from our research on the Wikimedia projects during the past year that you can utilize in your work. We then facilitate spaces where Wikimedians can share their perspective and knowledge about each of the key findings, exchange proposals for how to use them in their work, and optionally propose follow-up next steps to bring the findings to their work or the work of their communities.\r\n\r\nSee previous Wikimania's similar sessions:\r\nhttps://wikimania.wikimedia.org/wiki/2025:Program/5\\_Research\\_Findings\\_and\\_How\\_You\\_Can\\_Use\\_Them\\_in\\_Your\\_Work\r\nhttps://wikimania.wikimedia.org/wiki/2024:Program/10\\_Research\\_Findings\\_and\\_How\\_You\\_Can\\_Use\\_Them\\_in\\_Your\\_Work",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/FGLENK/",
      "speakers": [
        {
          "name": "Leila Zia",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/JMS3PS/"
        },
        {
          "name": "Benjamin Mako Hill",
          "bio": "In my day job, I teach and do research at the University of Washington. I am also an active editor on several wikis and work with the Wikimedia community and the Wikimedia Foundation community to support academic research related to wikis and Wikimedia in a number of ways. Please see my user page on meta for more information.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/YCTAEM/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 844,
      "title": "From Rejection to Retention: Analyzing Bengali Wikipedia’s Largest Article Contest",
      "track": "Research",
      "type": "[research track] 5+5 minutes",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-24",
      "start": "16:30",
      "duration": "00:10",
      "abstract": "This study focuses on the “Amar Ekushey Article Contest,” the largest article-writing contest on Bengali Wikipedia, as a case for understanding how contributors participate in Wikimedia communities, how article quality is evaluated, and what affects continued participation. Since 2017, more than 1,700 accepted articles have been created through the contest, with contributions from both new and experienced editors. Using data from several contest editions, the analysis traces patterns in article acceptance and rejection, contributor performance, and recurring quality concerns, including translation problems, incomplete content, and policy-related issues. The study also looks beyond the contest itself by considering post-contest activity. Overall, it highlights how article contests support both content creation and community engagement, while pointing to ways to improve newcomer support, review practices, and long-term participation.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/CLC3MD/",
      "speakers": [
        {
          "name": "Ankan Ghosh Dastider",
          "bio": "I have been actively involved in the Wikimedia movement for over 15 years, beginning as a contributor to Bengali Wikipedia. Over time, my engagement expanded beyond editing to include significant off-wiki involvement. Since 2014, I have been associated with the Wikimedia Bangladesh chapter, where I served on the board for nearly seven years, contributing to strategic and community initiatives. I have played an active role in community development and outreach, conducting more than seven workshops across schools, colleges, and universities throughout the country. I have also organized edit-a-thons, article writing contests, cultural exchange programs, and education programs to promote participation and content growth. My experience includes serving as Editor of the Wikimedia Education Newsletter for three and a half years, and as Assistant Editor of WikiBarta, an online Bengali-language magazine sharing Wikimedia-related news with the community. In the same role, I conducted interviews with Wikimedia contributors to share their stories and inspire others. Additionally, I worked with the Wikimedia Foundation’s Growth Team as a Community Ambassador for Bengali Wikipedia, supporting the development of tools aimed at improving the newcomer experience. I also contributed to academic research, working on the first research article focused solely on the Bengali Wikipedia following its milestone of 100,000 articles.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/HAFFPW/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 901,
      "title": "From Wikipedia to AI Answers: Gender Gaps in the Knowledge Pipeline",
      "track": "Research",
      "type": "[research track] 5+5 minutes",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-24",
      "start": "16:40",
      "duration": "00:10",
      "abstract": "AI search assistants are increasingly used as entry points to public knowledge and frequently rely on Wikipedia as a foundational information source. This 5+5 session introduces a study examining how gender disparities may propagate across the emerging Wikipedia–AI knowledge pipeline, and invites Wikimania attendees to engage with and reflect on the downstream consequences of Wikipedia content.\r\n\r\nThe study analyses English Wikipedia *Articles for Deletion* (AfD) discussions from January–March 2025 (2,317 biographies) to examine gender differences in article retention and referencing practices. These patterns are compared with outputs from two search-enabled AI systems (Google Gemini and Perplexity Sonar). Across both Wikipedia and AI outputs, the analysis evaluates coverage gaps and the composition and reliability of references using Wikipedia’s perennial sources framework.\r\n\r\nThe results reveal contrasting dynamics across the pipeline. Within AfD discussions in our sample, biographies about women are more likely to be retained than those about men, but they also exhibit stronger referencing practices, suggesting a higher evidentiary threshold for inclusion. In downstream AI systems, references tend to be of lower reliability overall, and outputs about women show weaker referencing practices than those about men. These findings suggest that asymmetries in upstream knowledge infrastructures can propagate through AI-mediated systems that increasingly shape public access to knowledge.\r\n\r\nAfter a short talk, participants will take part in a brief activity querying an AI search tool and reflecting on response quality, apparent reliance on Wikipedia, and the trade-offs between reliance on Wikipedia and information voids where strong coverage is absent.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/BSUBK3/",
      "speakers": [
        {
          "name": "Patrick Gildersleve",
          "bio": "I am a Lecturer (≈ tenure-track assistant professor) in Communications and Artificial Intelligence at the University of Exeter. I obtained my PhD in Information, Communication, and the Social Sciences from the Oxford Internet Institute, University of Oxford and have also worked as a postdoctoral LSE Fellow in Computational Social Science at the Department of Methodology, London School of Economics and Political Science.\r\nI’m interested in Wikipedia, collaborative communities, and news across online platforms. I look to understand the social, editorial, and algorithmic processes that shape collective attention and drive interest towards news and current events. In my research I employ and develop techniques from network science, text analysis, time series analysis, and machine learning.\r\nAt Exeter, I co-direct the [Critical AI Centre](https://cdf.exeter.ac.uk/communications/research/centres/craic/) (CrAIC) and am a member of the management group for the [Institute for Data Science and Artifical Intelligence](https://www.exeter.ac.uk/research/institutes/idsai/) (IDSAI). I am a Research Affiliate at the [Search Prompt Integrity & Learning Lab](https://www.spillab.com/) (SPILL) at the University of North Carolina at Chapel Hill, and a Visiting Fellow at the [London School of Economics and Political Science Department of Methodology](https://www.lse.ac.uk/methodology).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ACNJRZ/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 857,
      "title": "The edit button nobody clicks: short-form video, creator-gen volunteers, and Wikipedia's recruitment gap",
      "track": "Research",
      "type": "[research track] 5+5 minutes",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-24",
      "start": "16:50",
      "duration": "00:10",
      "abstract": "Wikipedia's contributor base is ageing and shrinking. Meanwhile, a generation of knowledge creators (fluent in TikTok, YouTube Shorts, and Instagram Reels) is producing, curating, and fact-checking information at scale, just not *here*. This lightning talk asks why, and whether it matters.\r\nThe short-form video question is deliberately controversial within the Wikimedia movement: proposals to surface Wikipedia content through video have met resistance on grounds of quality control, platform dependency, closed formats, and alignment with commercial AI pipelines. This talk treats that controversy not as a problem to resolve but as a research question to examine. What does the evidence tell us about why younger and creator-generation contributors don't engage with Wikipedia as editors? Is the barrier technical, cultural, epistemic, or structural? And what would genuinely community-governed, open short-form contribution actually look like, if it's possible at all?\r\nRather than advocating for or against video, this talk maps the tension: between Wikipedia's commitment to openness and its dependence on contribution models that systematically exclude newer creator cultures. The goal is to open a research agenda; on recruitment, format, epistemic norms, and platform politics but also on multimodality, and broader critical digital and AI literacies; these are questions I believe the movement urgently needs to tackle but has so far largely avoided.\r\n**Format note:** This talk will use concrete data points on contributor demographics and trends, brief examples of creator-gen knowledge practices from adjacent platforms, and a set of open research questions designed to provoke discussion.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/7T7BBR/",
      "speakers": [
        {
          "name": "Giota Alevizou",
          "bio": "Giota Alevizou is a Lecturer (Assistant Prof) in the Department of Digital Humanities at King's College London. She's a long-standing scholar in digital culture and critical Wikipedia research. Her research examines media and knowledge infrastructures, including encyclopedias, platforms, civic media, and emerging AI systems. Her work has explored how authority, expertise, and trust are produced and contested, and what the genealogies of digital encyclopedias attest to: epistemic plurality and the evolving relationship between knowledge, technology, and culture - all of which are explored in her recent book: The Web of Knowledge: Encyclopedias and Authority in the Digital Age, published by  Polity in 2026. Details: https://www.kcl.ac.uk/people/giota-alevizou",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ARGF78/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 886,
      "title": "Beyond Neutrality, or How Editorial Protocols Shape Cultural Knowledge on French Wikipedia",
      "track": "Research",
      "type": "[research track] 5+5 minutes",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-24",
      "start": "17:00",
      "duration": "00:10",
      "abstract": "Editorial conflicts on French Wikipedia reveal deep tensions surrounding the legitimacy of situated knowledge, particularly for Indigenous, Franco-Canadian, and diasporic communities. This lightning talk builds on a previous mapping the topical and intensity dimensions of 78 disputes across 62 articles on French Wikipedia, which established that Quebec-related subjects (41%), Indigenous Peoples (16.7%), and French-speaking communities outside Quebec (12.8%) concentrate the majority of the conflicts studied. This presentation advances that work by reporting concrete findings on two main analytical dimensions.\r\nGrounded in digital communication studies, cultural sociology, and STS, our framework examines how Wikipedia's sociotechnical architecture shapes not only how conflicts unfold, but also what can be legitimated as encyclopedic knowledge. This asymmetry is compounded by a demographic imbalance, with contributors from France representing 71% of the active base compared to 5% for Canadians.\r\nFirst, normative and discursive framing reveals tensions in which commonality protocols appear to default to a Francocentric standard, potentially disadvantaging contributors defending locally situated knowledge within existing justification frameworks. Second, regulation and resolution suggests that conflict outcomes tend to favor deletion, redirection, or unresolved status for culturally specific content, raising questions about whether governance structures mitigate or reproduce epistemic inequalities.\r\nBeyond diagnosis, this talk aims to propose concrete recommendations for Wikimedia communities, including strengthening locality protocols, supporting underrepresented contributor communities, and revising ambiguous commonality guidelines that inadvertently concentrate cultural authority. Knowledge equity requires not only new content, but structural reform of the protocols that govern what counts as encyclopedic knowledge.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/A3TEEK/",
      "speakers": [
        {
          "name": "SabrinaMacGrg",
          "bio": "Sabrina Mac Gregor is a PhD student at the Institut national de la recherche scientifique (INRS) in Montréal, where her research spans epistemic justice, critical data studies, participatory sciences, and digital culture, with a particular focus on knowledge diversity within Wikidata. She also works as a research assistant and Wikipedian-in-Residence at INRS, contributing to her supervisor's research project on editorial protocols and cultural pluralization of knowledge on French Wikipedia. An active Wikipedia contributor since 2022, she has progressively engaged with her local Wikimedia chapter community, notably through initiatives such as Wikithon #VoixFranco.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/N3B33L/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 210,
      "title": "Wikisource Meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-24",
      "start": "17:30",
      "duration": "01:00",
      "abstract": "Like every year at Wikimedia, this session is a great opportunity to exchange between Wikisourcerors (and any people interested in Wikisources) of the world. The meetup is intended for people to discuss and learn from each other about various global or important subjects: technical, digitization, editorial, managing projects, creating a Wikisource in a new language, etc. (maybe a next Wikisource Conference ?)",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/CBWATK/",
      "speakers": [
        {
          "name": "VIGNERON",
          "bio": "I'm an active contributor to the Wikimedia movement for more than 20 years with millions of edits. I've been involved in many collaborative projects, sometimes as the main organizer and other times as a helping volunteer. It ranges from Wiki Loves Monuments (a photo contest on Commons) to Wikifunctions (a new Wikimedia project for building and sharing codes). I'm particularly focused on Wikidata and Wikisources and strive to support underrepresented languages. Besides editing directly, I very often train other people how to edit, from basic training to advanced sessions on how to be more efficient in editing.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/S9BVAL/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 3693,
      "title": "🏁 WikiRace",
      "track": "Unspecified",
      "type": "Other",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-24",
      "start": "19:00",
      "duration": "01:30",
      "abstract": "I would like to invite you to participate in a WikiRace tournament. This will be a chance for 16 players to compete and prove who can navigate Wikipedia the smoothest way - who can find the next bridge in the maze of knowledge.\r\n\r\n**Please sign up at [https://meta.wikimedia.org/wiki/User:Wojciech_P%C4%99dzich/Wikimania_2026_-_WikiRaces_Signup](https://meta.wikimedia.org/wiki/User:Wojciech_P%C4%99dzich/Wikimania_2026_-_WikiRaces_Signup)**\r\n\r\nRules:\r\n\r\n* Two players.\r\n* Two laptops.\r\n* Unlimited backtracking available.\r\n* No search features.\r\n* No Ctrl+F available.\r\n* No infoboxes, navboxes or categories, unless offered as a power-up by the host\r\n* Only hyperlinks inside article body text.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/XMX7KP/",
      "speakers": [
        {
          "name": "Wojciech Pędzich",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/8NAZGX/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 765,
      "title": "Behind the Lens: WikiPortraits on a Global Scale",
      "track": "Community",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-24",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "Throughout 2025, WikiPortraits photographers covered more than 180 events worldwide. The nearly 50,000 images produced by the initiative have generated over 2 billion views across Wikimedia projects. This global coverage spans significant international events (Eurovision, Nobel Prizes, Cannes Film Festival), to indigenous festivals (Riddu Riđđu, Márkomeannu, Santa Fe Indian Market), to journalism events (Knight Media Forum, National Association of Hispanic Journalists Convention), to sporting events (Olympics, World Figure Skating Championships, EuroBasket Women), and much much more.\r\n\r\nThis panel brings together WikiPortraits organizers and photographers to discuss:\r\n\r\n* how WikiPortraits works in practice, on a global scale\r\n* how the network grew to 100+ photographers across 35+ countries\r\n* how Wikimedia photographers and affiliates can get involved\r\n* how Commons photography can serve as a pipeline for new Wikimedia contributors, at a time when there is great community concern about a decline in new editors joining\r\n* what comes next for WikiPortraits in the coming year",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/C3VJVZ/",
      "speakers": [
        {
          "name": "Mermoze Adodo",
          "bio": "Je suis Mermoze Adodo, Wikimédien béninois actif depuis 2018 et membre fondateur du [Wikimédiens du Bénin User Group](https://meta.wikimedia.org/wiki/Wikim%C3%A9diens_du_B%C3%A9nin_User_Group). Je contribue principalement à Wikipédia, Wikimedia Commons et Wikidata, et participe ponctuellement à d’autres projets Wikimedia, notamment Wikivoyage et wikiquote.\r\nEngagé en faveur de la connaissance libre, je m’investis dans la formation des bénévoles et le renforcement des capacités des communautés afin d’améliorer la qualité des contributions aux projets Wikimedia. Je contribue également au développement de Wikifon, l’édition de Wikipédia en langue fon.\r\nEn 2023 comme en 2026, je participe à Wikimania en tant que facilitateur et point focal d'[AfroCrowd ](https://afrocrowd.org/)pour l’Afrique francophone. À ce titre, je soutiens les communautés francophones dans les initiatives visant à documenter et à enrichir les contenus sur l’histoire, les cultures et les contributions des personnes d’ascendance africaine sur les projets Wikimedia.\r\nPar ailleurs, j’encourage la lutte contre les stéréotypes de genre sur les projets Wikimedia, notamment à travers l’enrichissement d’articles sur les femmes africaines, en collaboration avec des initiatives telles que Sans PagEs au Bénin et Wikiquote:SheSaid. Depuis 2025 je coordonne au Bénin **[Category:WikiPortraits in partnership with Wikimédiens du Bénin User Group ](https://commons.wikimedia.org/wiki/Category:WikiPortraits_in_partnership_with_Wikim%C3%A9diens_du_B%C3%A9nin_User_Group)**qui sera le principal l'objet de ma présentation lors de la wikimania 2026.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/NWUDN9/"
        },
        {
          "name": "Kevin Payravi (User:SuperHamster)",
          "bio": "Kevin Payravi is a 30-something Wikimedian and software engineer from the United States. He made his first edit to Wikipedia when he was 12 years old, and has been contributing to Wikimedia and other open knowledge projects since. In the past decade, Kevin got involved more in offline organizing, including co-founding the Ohio Wikimedians User Group and serving on the Board of the Wikimedia District of Columbia chapter. Kevin also helps organize WikiConference North America, Wiki Loves Monuments in the United States, and WikiPortraits.\r\n\r\nKevin has built a number of community tools, including Cite Unseen, commons.gallery, View it!, WikiAsteroids, and more.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/TM8JRV/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 437,
      "title": "Future of the Ecosystem of Movement Organizations",
      "track": "Governance & Strategy",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-24",
      "start": "11:00",
      "duration": "00:55",
      "abstract": "By the time of Wikimania 2026 in Paris, the pilot on the ecosystem of movement organizations will reach its essential milestone of presenting clear proposal for the future landscape of movement organizations. The session will create the opportunity for the participants to hear about the details of the proposal, to then discuss it in the workshop format to clarify any aspects and fully understand the impact to their affiliate and the community. The pilot will move on to experimentation, where any feedback and suggestions improvement from the session will be integrated.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/FDC8G3/",
      "speakers": [
        {
          "name": "Kaarel Vaidla",
          "bio": "Wikimedia Foundation staff member. Supporting global strategy and governance workstreams. Recently mostly involved in coordination of the ecosystem of movement organizations pilot and support to NPOV working group. I am an enthusiast of global Wikimedia collaboration and futuring, so look forward to have conversations on how we can work together as a movement in meeting the global trends and collectively building a better future to the movement.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7C9HHF/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 735,
      "title": "🥗 Lunch meetup: Wikimedia Global Youth Meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-24",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "The meetup is intended as a global meetup for all young Wikimedians who will attend Wikimania. It is open to all participants under the age of 30, and allies of the Youth around the world. The purpose of this meetup building on the success of the 2025 global youth meetup (https://wikimania.wikimedia.org/wiki/Wikimania:2025/Meetups/Global\\_Youth\\_Meetup) that had more than 30 attendees is to unite the young Wikimedians who are attending the conference, bring them together to discuss things that are important to them, discuss about successful youth activities in the movement and to act as a safe space for Youth.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/CLUKAU/",
      "speakers": [
        {
          "name": "Nikos Likomitros",
          "bio": "Nikos Likomitros is a Greek Wikimedian. He contributes since 2013, mostly in Greek Wikipedia. He has been involved with young Wikimedians since pretty earlier in his Wikimedia career, by helping a lot with cementing a stable community of youth, teenagers and students. He has organized various editathons in Greek Wikipedia and is a member of the Greek Usergroup. Moreover since 2023 he is involved in the Wikivibrance network and he is involved on youth projects, while he is also member of CEE Youth Group. He is interested on affairs related to youth and Wikimedia movement but also for developing communities. He has done Wikimedia outreach in 2 universities so far, being a key member of Wiki for Minorities international network and working on outreach in universities. He was member of the CEE Meeting 2025 organising team. He's interested on international collaborations, the future of the movement, governance, experience exchange and Wikimedia ecosystem.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/EPH8V7/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 407,
      "title": "Bring in the youth! Discussing ways to support youth on a regional level",
      "track": "New Generations",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-24",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "Continuous support for young active Wikimedians increases their chances of long-term involvement in the movement. How can we support young people individually in long-term and healthy involvement? How can we support their growth and the development of skills and abilities that will enable them to be the best organizers and leaders in their communities? How did CEE Hub approach these questions when building CEE Youth, and how did Wikimedia Czech Republic approach them when organizing the first Wikimedia Youth conference?\r\nJoin us to discuss how to strengthen support for young Wikimedians in your region.\r\nThe discussion will be moderated by Jessica Stephenson, who oversees Hub development at WMF.\r\nLet's explore ways to promote regional cooperation and develop joint strategies for building young leaders.\r\nWhat are the important elements that young people value? What plays a role in supporting them? We will draw on the outcomes of the Wikimedia Youth Conference, where we asked these questions directly to the participants.\r\nWhat should we keep in mind when providing support, and how can we measure its success?\r\nYou will learn all this and more during our joint discussion.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/ZYPTPJ/",
      "speakers": [
        {
          "name": "Klara Joklova",
          "bio": "**I am a social worker and a certified facilitator. Since 2018, I have been the executive director of Wikimedia Czech Republic,**\r\n**I was there at the birth of the first regional Hub (CEE Hub) and have been on its steering committee since its founding (in 2023).** \r\n**There, in 2023, I initiated the creation of the first informal group, CEE Youth, where I drew on my experience at the national level, among other things. Every year, we organize 150 educational activities for young people and students in the Czech Republic.**\r\n**Since the creation of CEE Youth, I have supported the group, methodically guided its development, and supported its members in their individual development.**\r\n**I organized three CEE Youth thematic meetings, and in 2025, I was the main organizer of the Wikimedia Youth Conference.**\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/UJUPZZ/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 557,
      "title": "Vikidia: why children love and need their own wiki encyclopedia",
      "track": "New Generations",
      "type": "Lightning talk (5 minutes, in person only)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-24",
      "start": "16:00",
      "duration": "00:05",
      "abstract": "Vikidia and Wikikids are the most active and most visited wikis after Wikipedia in French and Dutch, although less well known and less developed in other languages.\r\nWhy and how do these wikis work? Why do they provide an essential service?\r\nI tell about the operating principles of these wikis (very similar to those of Wikipedia), how they actually work, and in particular with participants ranging in age from the target audience of readers to retirees, including teenagers and school projects. Young participants love not only contributing content, but also taking on roles and responsibilities for maintaining the wiki or guiding newer members.\r\n\r\nVikidia attracts many young readers who are happy to find a more suitable resource, with articles that are easier to access and shorter in length.\r\nIt fill a gap that wouldn’t be properly addressed othewise, by saying both that younger reader can read Wikipedia or at least the lead sections of an article, and that we definitly don’t write for them especialy by themselves.\r\nChildren read Vikidia both for their school work and out of mere curiosity, to raise their general knowledge. It is a valuable addition to the other sources of information available to them: school, family, peers, television, and online content.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/DXWPA8/",
      "speakers": [
        {
          "name": "Astirmays",
          "bio": "I began to participate to Wikipedia in French in 2006 because I liked the project, its functioning and values.\r\nA few months later I became aware of a discussion about building a selection of Wikipedia articles for children. It would have been about 2000 articles, checked and curated as far as needed. It nevertheless didn't address the fact that the levels of Wikipedia articles was often not adapted to children, and wouldn't have offered much more than a fixed resource. Actually, a few months before, some German “Wikipedians” had this idea to open a full new wiki for children, and another group had already launched it in Dutch. I argued to rescope the “articles selection” project into such a wiki, and as it was not to be done soon, I then opened Vikidia.\r\nThe example of diverse progressive education approach such as the one of Janusz Korczak and other democratic schools functioning was crucial to imagine that the Wikipedia functioning was possible with children – and teenagers and adults, working together.\r\nI still edit Wikipedia, Vikidia, Wikidata and Commons at my pace. whereas Vikidia is not a wikimedia wiki, I still view the differents projects as complementary (I wish Vikidia would be more linked and updated on Wikidata for exemple).\r\n\r\nI am a public servant in river regulation, especially hydroelectricity, and live in Haute-Savoie, France.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/XZHZWT/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 716,
      "title": "Lessons from the CEE Youth Group",
      "track": "New Generations",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-24",
      "start": "16:10",
      "duration": "01:15",
      "abstract": "The CEE Youth Group is an initiative of the CEE Hub that brings together young Wikimedians (under 30) across Central & Eastern Europe and Central Asia. The group, established in 2023, has turned into a cross-border network that puts a focus on peer learning, leadership development, and the strengthening of the local Wikimedia communities.\r\n\r\nSince then, the group has held regular online meetings and three in-person gatherings. Meetings are organised and facilitated by members on a rotating basis, encouraging shared responsibility and active participation. The group provides a safe and open space to discuss challenges, exchange ideas, and support local Wikimedia activities.\r\n\r\nIn this session, we will share how the group was formed, what has worked well, and what challenges we have faced. We will present key outcomes from 2025 and explain the group’s main focus areas for the future: supporting youth initiatives, developing leadership skills increasing youth visibility in the movement, and improving internal coordination",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/W3WXGB/",
      "speakers": [
        {
          "name": "Nal Mencin",
          "bio": "I have been active in the Wikimedia movement for several years, mainly on the Slovenian Wikipedia, which is my home wiki. I regularly write and improve articles and serve as an administrator. This role has given me experience in community discussions, content review, and maintaining project standards.\r\n\r\nI am part of the CEE Youth Group, where I work with young Wikimedians from across the region on youth-focused initiatives. I am also a member of the group's Social Media Team. There, I help plan and create content, including posts and reels, to present our activities in a clear and engaging way. In addition, I manage social media for the Slovene Wikipedia, where I focus on communicating our work and reaching new audiences.\r\n\r\nAt the University of Ljubljana, I lead the Wiki Student Club. I organise regular meetings, workshops, and edit-a-thons, giving students practical support to start editing and become involved in Wikimedia projects.\r\n\r\nMy main interests within the movement are youth engagement, communication, and building sustainable local communities.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ZLGBXZ/"
        },
        {
          "name": "Nikos Likomitros",
          "bio": "Nikos Likomitros is a Greek Wikimedian. He contributes since 2013, mostly in Greek Wikipedia. He has been involved with young Wikimedians since pretty earlier in his Wikimedia career, by helping a lot with cementing a stable community of youth, teenagers and students. He has organized various editathons in Greek Wikipedia and is a member of the Greek Usergroup. Moreover since 2023 he is involved in the Wikivibrance network and he is involved on youth projects, while he is also member of CEE Youth Group. He is interested on affairs related to youth and Wikimedia movement but also for developing communities. He has done Wikimedia outreach in 2 universities so far, being a key member of Wiki for Minorities international network and working on outreach in universities. He was member of the CEE Meeting 2025 organising team. He's interested on international collaborations, the future of the movement, governance, experience exchange and Wikimedia ecosystem.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/EPH8V7/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 807,
      "title": "LAC Meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-24",
      "start": "17:30",
      "duration": "01:00",
      "abstract": "This lunch will be a space for people from the Latin America & the Caribbean region, speaking Portuguese, Spanish, English and French to come together, socialize, and have fun together. We will also use this opportunity to gather and identify priorities, ideas and wishes around Wikimanía 2027 in Santiago and the Regional Conference that will happen in Bolivia in November 2026.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/XZ7XZE/",
      "speakers": [
        {
          "name": "Evelin Heidel",
          "bio": "Program Director, Wikimedistas de Uruguay.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/CD8YNR/"
        },
        {
          "name": "Luis Carrasco",
          "bio": "Luis Carrasco is a Chilean marine biologist and public policy professional, active in the Wikimedia movement. He works on content partnerships, community strategy, and international collaboration, and serves in leadership roles within Wikimedia Chile and global initiatives.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/Z7E39V/"
        },
        {
          "name": "Caleidoscopic",
          "bio": "Wikimedista en el centro del universo.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/Z3M3NL/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 3694,
      "title": "Board games evening",
      "track": "Unspecified",
      "type": "Other",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-24",
      "start": "19:00",
      "duration": "01:30",
      "abstract": "Board games mania! Bring your games and play!\r\n\r\n[Who brings which game? Add yours!](https://wikimania.wikimedia.org/wiki/2026:Wikimania/Social_activities#Board_Games)",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/ERR3UG/",
      "speakers": [],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 283,
      "title": "Les projets Wikimédia comme terrain d’apprentissage : de l’éducation aux médias et à l'information aux communs numériques",
      "track": "Education and Advocacy",
      "type": "Panel (55 minutes)",
      "language": "fr",
      "room": "Room 4",
      "day": "2026-07-24",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "Dans quelle mesure les projets Wikimédia peuvent-ils être considérés comme un terrain d'apprentissage à travers les compétences informationnelles, rédactionnelles et le travail des sources et quelles conditions rendent ces apprentissages effectifs ? Comment articuler cadre institutionnel, exigences académiques et logique communautaire propre aux projets Wikimédia ?\r\n\r\n<br>\r\nCette table ronde interroge notamment à l'heure de l'essor de l'intelligence artificielle la place des projets Wikimédia (Wikipédia et Wikidata principalement) comme environnements d’apprentissage. Les projets Wikimédia sont non seulement des ressources consultées par les publics scolaires mais également des espaces où l’on peut travailler des compétences clés : recherche et vérification de l’information, travail sur les sources, écriture et argumentation, collaboration, littératie des données, compréhension des licences et du droit d'auteur. À partir de regards complémentaires, cette table ronde vise à identifier des conditions académiques et organisationnelles de réussite à destination des élèves qui sont les citoyens numériques de demain.\r\n\r\nElle débouchera sur quelques principes concrets pour concevoir des activités compatibles à la fois avec les contraintes scolaires et les logiques de contribution et de communauté propres aux projets Wikimédia.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/ZALRMF/",
      "speakers": [
        {
          "name": "Alexis Kauffmann",
          "bio": "Référent ministériel logiciels libres et communs numériques à la Direction du numérique pour l'éducation du ministère français de l'Éducation nationale. Fondateur de Framasoft. Professeur de mathématiques.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/FKGVVQ/"
        },
        {
          "name": "Florence Devouard",
          "bio": "Username:Anthere (she/her).\r\nFrench. Languages : FR N; EN-4.\r\n\r\n* Co-Executive Director of Wiki in Africa\r\n* Consultant for the Community Care Programme of Wikimedia CH\r\n* Wikipedian-in-Residence at World Intellectual Property Rights (WIPO)\r\n* Former Chair of Wikimedia Foundation\r\n* Co-founder, former Vice-Chair and currently member of Wikimédia France\r\n\r\nKey words : Wikipedia, Wikimedia Commons, Africa, IP rights, Open Movement, Community Building, Open Source, Creative Commons, Life-long learning, accountability, Gender Gap, Equity, Care\r\n\r\nMore info and contacts\r\n\\* fdevouard//@//[anthere.org](https://app.eventyay.com/talk/redirect/?url=http%3A//anthere.org%3ASnNANUzWPMgPOVNMkEacPbSSoYNL837nLtK-V1qerXg)\r\n\\* [https://www.linkedin.com/in/devouard/](https://app.eventyay.com/talk/redirect/?url=https%3A//www.linkedin.com/in/devouard/%3A5bb4U87ZC3ds0GX-yPXq3Jyh1Jo1raMaMQhS4DhP9k8)",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/MZG3QV/"
        },
        {
          "name": "Jérôme Hublart",
          "bio": "Wikipédien (et Vikidien) depuis 2017 (WikiMooc), impliqué avant tout dans l'usage des encyclopédies collaboratives pour l'enseignement, notamment l'éducation aux médias et à l'information.\r\nA participé, entre autres, à l'élaboration du jeu Wikeys.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/BSUSDN/"
        },
        {
          "name": "Mathieu Denel WMFr",
          "bio": "Salarié de Wikimédia France, en charge des thématiques éducation, science ouverte et GLAM",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/FHXVFX/"
        },
        {
          "name": "Philippe Ajuelos",
          "bio": "Philippe Ajuelos is the Ministerial Administrator for Data, Algorithms and Source Codes at the French Ministry of National Education. In this role, he leads national initiatives dedicated to the governance of education data, open data policies, interoperability of digital learning systems, and the responsible use of artificial intelligence in education.\r\nHis work focuses on strengthening the quality, accessibility, and transparency of public educational data while ensuring compliance with European regulations on data protection and digital ethics. He contributes to the development of national frameworks that support the secure and responsible use of learning data for educational improvement, public policy, and research.\r\nPhilippe Ajuelos is particularly involved in initiatives related to learning data governance, the standardization of learning traces, and the development of interoperable data infrastructures for education. His work explores how structured learning data can support better educational insights while preserving the rights and trust of learners and educators.\r\nHe also contributes to several European and international collaborations on open school data, data literacy, and artificial intelligence in education. Through these initiatives, he promotes a public governance approach to educational data that balances innovation, transparency, and the protection of learners.\r\nHis current work focuses on building trustworthy data ecosystems that enable responsible AI development and data-informed educational policies.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/EFLCDB/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 284,
      "title": "Play Wikeys, the board game to discover Wikipedia! (\"Hop-on, hop off\" workshop)",
      "track": "Education and Advocacy",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room 4",
      "day": "2026-07-24",
      "start": "11:00",
      "duration": "00:55",
      "abstract": "!! Language : English AND French !!\r\n\r\nHow do you teach Wikipedia's five pillars to teenagers (or even adults) without putting them to sleep? Meet Wikeys: a collaborative, open-license board game!\r\n\r\nIn this 90-minute \"hop-on, hop-off\" workshop, we're turning the conference room into a tabletop gaming lounge. No need to stay the full 90 minutes : drop by, grab a seat, and play one or more 20-minute round!\r\n\r\nIn Wikeys, players team up as contributors trying to build the best possible Wikipedia article. Place cards to source information, balance neutral points of view, and avoid errors, all while keeping the article well-structured. Before they know it, players have internalized encyclopedic reflexes and mastered the five pillars.\r\n\r\nCome play, connect, and discover how to use this free, print-and-play game in your own education and outreach programs!",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/BRUA9J/",
      "speakers": [
        {
          "name": "Vivian Epiney (WMCH)",
          "bio": "Alongside my almost 20 years (and counting) as a primary school teacher, I joined the team at **Wikimedia CH** to look after projects for education, and **HEP Valais** to lend a hand with digital education training.\r\n\r\n​In 2016, I launched *Le Dico des Ados*, a collaborative dictionary written by kids that currently hosts over 6,700 definitions. The rest of the time, I tinker with stuff for schools, anything from coding moderation bots to designing gamified webapps. In short, I make tools for the classroom.\r\n\r\n***\r\n\r\nEnseignant en primaire depuis bientôt 20 ans (et toujours avec un pied dans l'enseignement) j'ai rejoint l'équipe de **Wikimedia CH** pour m'occuper des projets éducatifs, et la **HEP Valais** pour donner un coup de main sur la formation en éducation numérique.\r\n\r\n​En 2016, j'ai lancé *Le Dico des Ados*, un dictionnaire collaboratif écrit par les jeunes qui compte aujourd'hui plus de 6 700 définitions. Le reste du temps, je bidouille des trucs pour les écoles : ça va des bots de modération à la conception de webapps. Bref, je fais des outils pour le terrain.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/QVY9CH/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 194,
      "title": "⭐️🥗 Lunch meetup: ESEAP (East, South East Asia and the Pacific) Meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Room 4",
      "day": "2026-07-24",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "Event link:[ https://w.wiki/SXuB](https://w.wiki/SXuB)\r\nEach Wikimania, Wikimedians from East, South East Asia and the Pacific annually gather for a meetup/ gathering to discuss various topics such as operating and maintaining the Hub, synergies on ideas that would develop content on each of the regional collaboration member countries (bilaterally or multilaterally), discuss concerns that affect the region amongst others. Preparatory discussion on the planned 4th ESEAP Strategy Summit in Japan, 2nd Quarter 2027 is also expected to be in the agenda.\r\n\r\nMonthly ESEAP Meetings: [https://w.wiki/SXuh](https://meta.wikimedia.org/wiki/ESEAP_Hub/Activity/Meeting)\r\n\r\nZoom Meeting Link: [https://wikimedia.zoom.us/j/85308090574?pwd=WlnbIWlziDE7G98TZnzDJGpaFnd0aC.1](https://wikimedia.zoom.us/j/85308090574?pwd=WlnbIWlziDE7G98TZnzDJGpaFnd0aC.1)",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/SJ7SNK/",
      "speakers": [
        {
          "name": "Belinda Spry",
          "bio": "Belinda is the Executive Officer of Wikimedia Australia (WMAU) and Chair of the Steering Committee for the ESEAP Hub. She has worked across the Wikimedia movement in community engagement, strategic partnerships, regional collaboration, and knowledge equity initiatives. Her current work includes projects supporting local contributors, Indigenous Cultural and Intellectual Property (ICIP), Indigenous Data Sovereignty (IDSov), higher education and AI, and improving the representation of underrepresented communities and knowledges across Wikimedia projects.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/VTMAKY/"
        },
        {
          "name": "Biyanto R",
          "bio": "I am currently working at the Wikimedia ESEAP Hub as a Senior Project Manager.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/QTSSN7/"
        },
        {
          "name": "Butch Bustria",
          "bio": "Butch Bustria is a Filipino Wikimedian and a person from the East, Southeast Asia, and the Pacific (ESEAP) region. Based in Northern Luzon in the Philippines and was Singapore as an Overseas Filipino Worker (OFW), he has transitioned from being a prolific content contributor to a strategic organizer who bridges the gap between local communities and the global Wikimedia movement.\r\n\r\nHe has been part of first ESEAP Conference in Bali (2018), the Strategy Summits in Bangkok (2019), Singapore (2023), Manila (2025) and subsequent conferences in Sydney (2022), Kota Kinabalu (2024) and Kaohsiung (2026).\r\nHe serves on the ESEAP Regional Funds Committee (since 2021), and also involved in the strategic push to formalize an \"ESEAP Hub.\"\r\n\r\nHe served as the Event Lead and Program Subcommittee Chair for Wikimania 2023 and has been a member of the Wikimania Steering Committee since 2020, ensuring the continuity of the conference's legacy.\r\n\r\nHe was one of the co-founders of Wikimedia Philippines in 2010.\r\nWhile based in Singapore, he utilized his experience to mentor neighboring communities. He assisted the community to establish the Wikimedia Community User Group Malaysia and Wikimedians of Singapore User Group by transferring knowledge on governance and community building.\r\n\r\nHe actively conducts outreach, such as explaining Wikimedia projects to emerging local communities in Northern Luzon, Mindanao, Central and Western Visayas, and advocating for the use of government websites as public domain resources.\r\n\r\nHis editing journey began in December 2005 and still an active contributor in diverse Wikimedia online projects.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/S9SRLS/"
        },
        {
          "name": "Chlod Alejandro",
          "bio": "Student, programmer, Wikipedian. Chlod is an active Wikimedian from the Philippines, editor of the English Wikipedia, and software developer for the Wikimedia movement. He leads the ESEAP Youth Group, and is a member of the ESEAP Community Connectors and Regional Funds Committee for the ESEAP region. He also works on tools, user scripts, and extensions for editors and developers of the Wikimedia movement. Outside of Wikimedia, he's an undergraduate studying Information Technology.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/GP8ADG/"
        },
        {
          "name": "Feliani (ESEAP Hub)",
          "bio": "**Feliani (User:Feliani (ESEAP Hub) serves as the full time Project Manager for the ESEAP Hub. She plays a central role in coordinating the region's day-to-day activities and community communications. With a professional background as an educator and researcher, Feliani brings a structured, pedagogical approach to community support, ensuring that complex regional programs are accessible and well-organized for volunteers across East, Southeast Asia, and the Pacific.**\r\n**Before joining the Hub's staff, Feliani built a strong foundation in program management and community engagement. As a member of the Hub's inaugural staff team, Feliani is dedicated to fostering a culture of efficiency and care. She works closely with the Senior Project Manager to execute the Hub's annual plan, supporting initiatives that range from capacity-building workshops to regional conferences, all while maintaining a strong focus on the specific needs of the region's emerging affiliates.**\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/HTRDMC/"
        },
        {
          "name": "Ivonne Kristiani",
          "bio": "Senior Global Movement Communications Specialist",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7DUCFL/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 494,
      "title": "Maximizing the effects of Wikisource workshops about women writers",
      "track": "Community",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room 4",
      "day": "2026-07-24",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "The goal of this session is to **establish guidelines to organize successful Wikisource workshops**.\r\nThe participants will contribute ideas on three groups of indicators of success: attractivity of the workshops, quality of contributions and fidelity of users and to animate a hybrid community which contributes both in face-to-face events and online.\r\n\r\n* **Attractivity of the workshops** include various means to improve the diversity and the size of the audience, such as the chosen location, the chosen books to proofread as well as the communication on various channels.\r\n* Ensuring the **quality of contributions** includes choosing relevant editions for the books to work on, providing an efficient training for both unexperienced and experienced users, reviewing contributions and answering questions, and more generally supporting participants after the workshop and encouraging them to come back.\r\n* Finally, providing a welcoming, inclusive and caring atmosphere during the event to create bonds between participants to allow everyone to interact freely. Discussions about relevant key performances indicators will be useful to evaluate the **fidelity of users**.\r\n\r\nUsing post-its, the participants will **share ideas** on which initiatives to implement and which metrics to use for the evaluation of success or progress.\r\nAssociation Le deuxième texte will then **provide a guide** summarizing all ideas shared during the session.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/EBQ3SH/",
      "speakers": [
        {
          "name": "LeDeuxiemeTexte",
          "bio": "Le deuxième texte is a French association created in 2017 to increase the visibility of women writers in literature teached in France. The four members of the governing board of the association who will be involved in the organization of the workshop, LadyBirdy38, Lupin\\~fr, FreeCorp and Nivopol, have each been contributors to Wikimedia projects for more than 3 years.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/L88SMZ/"
        },
        {
          "name": "Nivopol",
          "bio": "I’m a contributor to fr.Wikisource since 2019, and I’ve become more active in the last 3 years. I mainly facilitate thematic wikisource workshops for beginners, and occasionally workshops for other project as fr.Wikiquote. I live in Paris, I take parts in local meetings and as many French events as I manage to cram in my timetable. If fr.Wikisource stays my main wiki, I like to link contributions between projects and facilitate these links.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/LKFQHW/"
        },
        {
          "name": "Philippe Gambette",
          "bio": "Professeur en informatique à l'Université Gustave Eiffel, j'ai commencé à contribuer à Wikipédia en 2003, et à Wikisource en 2016 en lien avec mes recherches en humanités numériques. Ayant participé depuis 2018 aux édit-a-thons Wikipédia parisiens des sans pagEs, j'ai contribué à développer les ateliers Wikisource Autrices proposés par l'association Le deuxième texte, en lien notamment avec les projets de recherche VisiAutrices et Cité des Dames. J'utilise et contribue également à Wikidata et Wikimedia Commons pour mes travaux de recherche.\r\nCurrently a professor of computer science at Gustave Eiffel University, I began contributing to Wikipedia in 2003 and to Wikisource in 2016 as part of my research in digital humanities. Having participated since 2018 in the Parisian Wikipedia edit-a-thons organized by “Les sans pagEs,” I have helped develop the “Wikisource Autrices” workshops organized by the association “Le deuxième texte,” particularly in connection with the research projects “VisiAutrices” and “Cité des Dames.” I also use and contribute to Wikidata and Wikimedia Commons for my research.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/MRDVGU/"
        },
        {
          "name": "PhGauron",
          "bio": "I work on open science in research, free/open source software and licenses.\r\nI contribute to several wikimedia projects.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/9H9Y9T/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 717,
      "title": "Wikiexpeditions training: How to conduct outdoor activities aimed at exploring and documenting local places?",
      "track": "Community",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Room 4",
      "day": "2026-07-24",
      "start": "16:00",
      "duration": "01:25",
      "abstract": "Wikiexpeditions is an on-site research project with the ultimate goal of creating or improving different forms of content on topics related to underrepresented local places. This workshop aims to develop leadership, organisational and technical skills by presenting the full process of conducting expeditions from scratch, as well as to give some insights into the successful implementation and development of the Macedonian Wikiexpeditions through the years. Participants will learn how to systematically document underrepresented regions by discovering unmapped places of interest, planning and supplying resources, taking high-quality documentary pictures, geotagging pictures, finding reliable sources, and creating content on Wikipedia and Wikidata. In addition, participants will learn about the differences between expeditions and other outdoor activities with a similar goal, such as photohunts and photowalks, and get some tips on how to efficiently conduct those other activities.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/8QTSXY/",
      "speakers": [
        {
          "name": "Kiril Simeonovski",
          "bio": "I have been involved in the Wikimedia movement since early 2008, firstly as an editor on the Macedonian Wikipedia, but later also as a contributor to the English Wikipedia, Wikimedia Commons and Wikidata. I am a founding member of the Wikimedia CEE Hub, WIkimedia Macedonia, Shared Knowledge, Wikimedia MKD, Commons Photographers User Group and Wikimedia Community User Group CEE Spring, and I used to serve as a board member of Wikimedia Macedonia from 2009 to 2013, a president of Shared Knowledge from 2014 to 2023, a member of the Wikimedia CEE Hub Steering Committee from 2022 to 2025 and a board member of Wikimedia MKD since 2024. Some of my main work in the Wikimedia movement is related to the development of conference programmes for Wikimania and the Wikimedia CEE Meeting. I have also been a regular member of the Macedonian Wikiexpeditions team, which has been running expeditions aimed at exploring and documenting local places since the project's start in 2015.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/R3QABP/"
        },
        {
          "name": "Toni Ristovski",
          "bio": "Editor and admin on Macedonian Wikipedia since 2010, main researcher and co-organiser of the Macedonian Wikiexpeditions since 2014.\r\n\r\nI was Board Member and Treasurer many years in the former user group Shared Knowledge, and I am a co-founder of the Wikimedia MKD.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/GBHEUH/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 484,
      "title": "MENA (Diwan) Connect",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "ar",
      "room": "Room 4",
      "day": "2026-07-24",
      "start": "17:30",
      "duration": "01:00",
      "abstract": "The MENA Connect Meetup brings together Wikimedians from the Middle East and North Africa to connect, share updates, and explore collaboration. Many participants may meet face-to-face for the first time, making this an opportunity to build relationships, discuss regional challenges, and inspire joint initiatives. The session highlights regional voices and fosters dialogue, cooperation, and collective action in line with the spirit of Wikimania Paris 2026.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/S8Z9YD/",
      "speakers": [
        {
          "name": "Manar Yacoub Criner",
          "bio": "I work at the Wikimedia Foundation as a Manager on the Movement Communications team.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/9ADQPQ/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 556,
      "title": "Translating websites into citations through Zotero",
      "track": "Technology",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-24",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "Zotero translators are the backbone of Citoid which every editor uses to generate citations in the course of writing on Wikipedia. As an upstream toolset, there are more than 700 translators targeting different websites to extract the relevant metadata that the generic translator cannot do. Sometimes the generic translator fails to extract the information we require has the structure of the website or webpage differs from the expected structure.\r\n\r\nThis session aims to teach interested technically inclined editors on:\r\n\r\n1. identifying if a translator is required,\r\n2. where to look for metadata,\r\n3. how to extract the metadata,\r\n4. write the translator and troubleshooting\r\n5. submit pull request to the parent translator repository",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/PFGF9C/",
      "speakers": [
        {
          "name": "Robert Sim",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/GUDNFJ/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 684,
      "title": "Making Open Data into Public Knowledge: Automating Contributions to Wikimedia Projects",
      "track": "Technology",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-24",
      "start": "11:00",
      "duration": "01:25",
      "abstract": "The open data community is, like Wikimedia, a global community of people sharing information and knowledge, while building new tools to make that process easier. Researchers, advocates, governments, and organizations are increasingly making the data they use shareable and interoperable.\r\n\r\nThis workshop shares experiences, tools, sample templates, and best practices for using open datasets to increase the breadth, quality, and up-to-the-minute accuracy of content on Wikipedia and Wikidata. It will include presentations from two example projects: on immigration enforcement in the United States and on the geography, demography, and politics of Bolivia.\r\n\r\nBy using data science tools, including code in the programming language R, I have used publicly available data to generate and expand Wikipedia lists, produce infoboxes, automatically calculate prose summarizing demographic changes, and produce starter stubs for use in edit-a-thons. For Wikidata, R scripts can produce batteries of QuickStatements that add census data to municipalities, help clean up and organize taxonomies, and attach geographic coordinates to items at scale. Mapping and data visualization tools can produce multiple, regularly updating images for Commons. Finally, each of these outputs can be produced multilingually.\r\n\r\nIn the interest of reliability, each of these processes need to be carried out in a transparent, human-in-the-loop way, and provide other editors with a way to look into the scripts, calculations, and decisions that drive this kind of creating. The workshop will both show the tools for this and have time for discussion about best practices for scaling up contributions to Wikipedia.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/Z3JTNA/",
      "speakers": [
        {
          "name": "Carwil Bjork-James",
          "bio": "**Carwil Bjork-James** is a cultural anthropologist who conducts immersive and historical research on disruptive protest, environmental struggles, state violence, and indigenous collective rights. He is the principal investigator of Ultimate Consequences, a digital archive on death in Bolivian political conflict, and author of *The Sovereign Street: Making Revolution in Urban Bolivia*. Carwil has been contributing to Wikipedia since 2005, teaching students to write Wikipedia articles since 2013, and serving on the board of Wiki Education since 2017. He is an Associate Professor of Anthropology and of Law at Vanderbilt University. His prior trip to Paris was teaching a study-abroad course on cities and revolution.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3AKXNB/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 3492,
      "title": "Technology Lightning talk series",
      "track": "Technology",
      "type": "Lightning talks series",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-24",
      "start": "12:30",
      "duration": "00:25",
      "abstract": "The following Lightning talks will be presented:\r\n\r\n1. [Connecting Skills, People, and Opportunities Across the Wikimedia Movement](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/7TMTEMC37EXAZTSAZECMH9VMBSDEXQXV) by Amanda Jurno and Joris Darlington Quarshie\r\n2. [Humaniki is down, here comes Wiki Gender Stats](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/BLVYSPDLEG93XEFKXDWHTEEKYKYPYXGZ) by Danÿa and Natacha Rault\r\n3. [Amazing Article Annotations](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/GJMETY8MT3MW3F8KNMXUP9LS9LKM8LAC) by C. Scott Ananian\r\n4. [Towards easier and efficient protection against abusive bots: reaction](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/SRTVXZSPFKCPFWTKRZBAPFLSY3PSC97D) by ppom\r\n5. [Tagzania: using and enriching Commons with a geo-guessing game](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/KJSFGHRMENCUWSNRKJYHMYBPSKMG7NDC) by Luistxo",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/QKVUYP/",
      "speakers": [
        {
          "name": "Amanda Jurno",
          "bio": "I am currently the Project Manager of Capacity Exchange. Also known as AJurno (WMB), and ACheJu, I'm a Brazilian wikiwoman since 2021 and a voluntary member of Wikimedia Brasil. I've worked as WikidataCon 2021 Production Manager, WikiCon Brasil 2022 Production Manager and WMB's Education and Scientific Dissemination Manager. During this latter job, I proudly coordinated and created the content of WikiConecta.\r\n\r\nBesides that, I am also a researcher interested in algorithms, platforms, artificial intelligences and their mediation in daily lives. I hold a PhD and a Master degree in Communications from the Federal University of Minas Gerais (UFMG - Brazil), where I also got a BA in Journalism.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/AY8ZLZ/"
        },
        {
          "name": "Joris Darlington Quarshie",
          "bio": "**Joris Darlington Quarshie** is a Ghanaian data scientist, software engineer, and cloud specialist, currently serving as Community Lead for the African Wikimedia Technical Community. He is the Event Coordinator for Wiki Loves Folklore, an outreach facilitator for the Capacity Exchange Project managed by Wikimedia Brasil, and a member of the Wiki Loves Folklore International Team. With past leadership roles in the African Wikimedia Developers Program and contributions to Wikimania 2023 and 2025, Joris is passionate about advancing open technology and strengthening inclusive digital communities across Africa.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ZQNZZX/"
        },
        {
          "name": "Danÿa",
          "bio": "I’m a wiki contributor since 2017, mainly on the French-language Wiktionary and Wikisource, and sometimes on the Esperanto Wikisource. In early 2024 I joined the edit-a-thons organized by Les sans pagEs, a Switzerland-based association ([https://sanspages.org/](https://sanspages.org/)) and wiki project ([https://fr.wikipedia.org/wiki/Projet:Les_sans_pagEs](https://fr.wikipedia.org/wiki/Projet:Les%5C_sans%5C_pagEs)) on the French-language Wikipédia. Since then, I’ve been co-organizing workshops and edit-a-thons for the association, and I joined its Board in late 2025.\r\nI’m also a professional software and web developper since 2019, when I started a PhD in AI. My goal is to use my professional skills to create free and open-source tools for wiki contributors and readers. I’ve developped many tools for the French-language Wiktionary, and more recently the new tool Humaniki 2.0.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/DVCQYJ/"
        },
        {
          "name": "Luistxo",
          "bio": "Luistxo Fernandez. Basque Wikipedian, I was for 'president' of Basque Wikimedians User Group during 2021-2024. Active in Basque Wikipedia, Wikidata and Wikimedia Commons. Also working in an Internet company (CodeSyntax) that works with free software and free content: that company has released some mobile games that make use of Wikimedia content and in a particular new app/game, Tagzania, it also contributes user-content to Wikimedia Commons with an open CC license.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/THFADT/"
        },
        {
          "name": "Natacha Rault",
          "bio": "Économiste de formation, après avoir travaillé 10 ans pour le rectorat de l'université de Genève, j'anime depuis 10 années le [projet des sans pagEs,](https://fr.wikipedia.org/wiki/Projet:Les_sans_pagEs) dédié à la réduction des biais de genre sur la Wikipédia Francophone. Je dirige depuis 2022 l'association les sans pagEs, qui est affiliée à la Fondation Wikimedia depuis 2019.\r\nJe suis également une contributrice bénévole avec 96,309 modifications sur la Wikipédia francophone, et je suis passionnée par les droits humains, la science fiction féministe et les sorcières, mes contributions favorites.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/QBHRBE/"
        },
        {
          "name": "ppom",
          "bio": "Member of [Picasoft](https://picasoft.net) and the [CHATONS](https://chatons.org) collective. Occasional contributor to Wikipedia Fr. Developer of [reaction](https://reaction.ppom.me).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/NHSDAA/"
        },
        {
          "name": "C. Scott Ananian",
          "bio": "C. Scott Ananian is an employee of the Wikimedia Foundation, working on Parsoid with the Content Transform Team. He has been a Wikimedian since 2005, originally contributing to articles on Modern Western Square Dance.\r\n\r\nPreviously, Dr. Ananian was a jack-of-all-trades for the One Laptop per Child Foundation. He received his PhD in computer science from MIT, and before joining OLPC was a local activist and organizer for copyright issues. He's a kernel hacker, part-time khipu researcher, and aperiodic tesselation aficionado. Now he tries to build robust and reliable systems to allow everyone to discover, share, and learn.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/WETULN/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 222,
      "title": "🥗 Lunch meetup: South Asian Meet Up",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-24",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "This session aims to bring together all the South Asian community members, friends of South Asia and other supportive community members to come together and have discussed around the movement in South Asia and form connections/bonds which can be sustained beyond Wikimania.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/NP8DQU/",
      "speakers": [
        {
          "name": "Rachit Sharma / RASharma ( WMF)",
          "bio": "I work with as a Manager (Global Events & South Asia) with the Movement Communications Team (WMF), which aims to build connections, help people understand the Wikimedia mission and celebrate their role in its success. \r\nCurrently, I serve as the Regional Specialist for South Asia, I work on the Core team for Wikimania, and am leading the Conference and Events portfolio. In the recent past, I have provided strategic support to various convening and conferences like WikiConference India, ESEAP Conference, WikiWomen’s Camp, Wikimedia Technology Summit etc.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/JZYXEY/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 365,
      "title": "Making indigenous languages ready for Wikifunctions",
      "track": "Technology",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-24",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "Indigenous and minority languages often lack the structured linguistic resources needed to participate fully in emerging multilingual knowledge systems. WikiFunctions, the platform designed to support Abstract Wikipedia, has pioneered fragment experiments that demonstrate how short, context-rich sentences can seed the generation of functions across Wikimedia projects. However, many communities remain unsure how to begin collecting and organizing these fragments or how to translate them into reusable functions that integrate with Wikidata Lexemes and broader knowledge graphs.\r\n\r\nThis workshop will introduce participants to practical methods for collecting language fragments, illustrate how to create functions from those fragments within Wikifunctions, and demonstrate best practices on balancing lexical data from Wikidata with function-generated content. We will showcase real examples from ongoing experiments and provide guided, hands-on activities that empower contributors to prepare language material ready for Wikifunctions workflows. Attendees will learn how to define lexical items, structure fragments to maximize reusability, and navigate decisions about when to reference external lexemes versus generating content dynamically.\r\n\r\nThis session improves technical skills and equal participation among Wikimedia contributors, leading to better, more inclusive language representation in future knowledge systems.\r\n\r\n<br>",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/TWGKWB/",
      "speakers": [
        {
          "name": "Dnshitobu",
          "bio": "Mohammed Kamal-Deen Fuseini is a member of the Sub-Saharan Africa Regional Fund Committee and a grants manager at the Dagbani Wikimedians User Group. He is a former Wikimedian in Residence for the Wikidata for Education project. He is a Wikimedia event organizer and facilitator .",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/QTV3BC/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 569,
      "title": "From Abstract Content to Concrete Text with Wikidata Lexemes",
      "track": "Wild Ideas",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-24",
      "start": "16:00",
      "duration": "01:25",
      "abstract": "Projects like Abstract Wikipedia will only succeed with thorough, extensible systems for generating natural encyclopedic language from a single source of informational content. While the current state of ‘language generation’ on Abstract Wikipedia lacks sufficient thoroughness and extensibility, such limitations do not prevent building other systems that use well-developed Wikidata lexemes and items to produce text.\r\n\r\nThis workshop explores how the Ninai/Udiron system (developed by the presenter) takes Wikidata entities from across diverse languages and makes natural text generation possible in those languages, with help from linguistic references and user preferences. Participants will explore how to write abstract content that expresses complex relationships, represented by both Wikidata statements and assertions too complex for such statements, and how to indicate different stylistic choices in that content. Participants will also learn how to indicate that particular words and expressions should appear under these stylistic choices, and to set up terms that only appear in their language so that they may be imported into other languages. The French and Breton languages will serve as primary pivots around which discussion of other languages’ lexemes and behaviors, including around how concepts may be re-expressed through processes such as loan translation, etymological equivalency, and transliteration.\r\n\r\nThe presenter hopes that the workshop empowers participants to improve at least one aspect of Wikidata’s lexicographical data in their own languages, so that readers can ultimately benefit from greater possibilities regarding the expression of both encyclopedic and non-encyclopedic information across all languages.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/HYTQBF/",
      "speakers": [
        {
          "name": "Mahir Morshed",
          "bio": "Mahir Morshed is, [according to User:Wil540_art](https://www.wikidata.org/wiki/Special:Diff/2009906525), a technologist, researcher, engineer, and Wikimedian. He has been an administrator of Wikidata and the Bengali Wikisource since 2018, with more recent administrative involvement in the Bengali Wiktionary, and has been developing tools to integrate these three projects. Although he got his start improving coverage of South Asian topics on Wikidata in general and Bengali-related topics in particular, he has lately been particularly interested in making Wikidata lexemes and items useful for natural language generation, exploring various ways to model linguistic phenomena in a language-independent fashion. This interest stems from a more general interest in linguistics, which had originally led him to a linguistics minor and later a focus on speech processing during his electrical engineering doctoral studies. His current job as a research programmer, however, began when his team needed someone with experience on Wikidata to align disparate knowledge graphs.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/MKR3T7/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 164,
      "title": "Russian Language Speakers Meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-24",
      "start": "17:30",
      "duration": "01:00",
      "abstract": "The Russian Language Speakers Meetup at Wikimania Paris is an open, informal gathering for contributors who work in Russian or come from Russian-speaking communities across Wikimedia projects. The meetup aims to create a shared space for connection, mutual support, and honest conversation about the current realities of contributing in Russian in a rapidly changing social, political, and technological environment.\r\n\r\nRussian-language Wikimedia projects face a unique mix of challenges: editor retention and burnout, governance tensions, language and terminology debates, cross-wiki fragmentation, and increasing pressure on volunteers operating in different legal and cultural contexts. At the same time, these communities demonstrate remarkable resilience, creativity, and adaptability — from content diversification and outreach to cross-country collaboration.\r\n\r\nThis meetup is not a formal presentation but a facilitated conversation. Participants will be invited to briefly introduce themselves, share the projects they are involved in, and discuss key questions, such as what is currently the hardest part of contributing in Russian. What support structures work — and which ones fail? How can Russian-language contributors collaborate more effectively across projects, regions, and roles? What do we want Russian-language Wikimedia communities to look like in five years?\r\n\r\nThe session is intended for editors, functionaries, researchers, organisers, and allies — including non-Russian speakers who want to better understand these communities. No prior preparation is required. The goal is to listen, exchange experiences, surface shared concerns, and leave with a clearer sense of collective priorities and possible next steps.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/3SCJUH/",
      "speakers": [
        {
          "name": "Victoria",
          "bio": "Dr. Victoria Doronina is a molecular biologist and a dedicated member of the Wikimedia community. Originally from Belarus, she earned her PhD in Molecular Biology from the University of Edinburgh in 2001.\r\n\r\nSince 2006, Victoria had been an active contributor to Russian Wikipedia, an administrator, and a participant in various Wikimedia projects.\r\n\r\nIn 2011, she was appointed a Wikimedia Community Fellow and later served on the Funds Dissemination Committee.\r\n\r\nIn 2021, Victoria was elected to the Wikimedia Foundation Board of Trustees, where she serves as the Community and Affiliates Liaison and Human Rights Liaison to the Board.\r\n\r\nShe was reappointed to the Board in 2024 for a term extending until December 2027.\r\n\r\nProfessionally, Victoria works as a Technical Officer in Biology Education and Food Microbiology at Manchester Metropolitan University in the UK.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/BVHLCZ/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 3466,
      "title": "Hackathon",
      "track": "Technology",
      "type": "Other",
      "language": "en",
      "room": "Loft",
      "day": "2026-07-24",
      "start": "09:00",
      "duration": "10:00",
      "abstract": "🗼 **Wikimania 2026** will provide two opportunities of creativity, collaboration, and innovation set against the vibrant city of Paris, France. A vital part of Wikimania is the creation of collaboration and learning spaces for technical contributors, curious Wikimedians and knowledge enthusiasts. During this year’s Wikimania, the technical space will host an event where developers, designers, researchers, editors, and community builders from around the world meet to collectively address technical challenges faced by the Wikimedia community.\r\nThe technical event will have two main components:\r\n\r\n* **Team Challenges** (pre-event and July 21-22): A hackathon-style event focused on team challenges that will bring together developers and non-developers, Wikimania attendees and the local technical community. Please see the [Team Challenges page](https://wikimania.wikimedia.org/wiki/2026:Team_challenges) for more details.\r\n* **Hackathon** (July 23-25): Similar to previous years, the Hackathon will provide an opportunity for the Wikimedia community to collaborate on technical projects and solve problems together.We want to enable newcomers, especially from non-developers backgrounds, to come to meet the Wikimedia communities and bring their own fresh point of view and skillsets! The Hackathon is open to Wikimania participants.\r\n\r\nMore information: https://wikimania.wikimedia.org/wiki/2026:Hackathon",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/GVTE7Z/",
      "speakers": [],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 3626,
      "title": "Exchange idea box (room A+B)",
      "track": "Unspecified",
      "type": "Other",
      "language": "en",
      "room": " Virtual Room",
      "day": "2026-07-24",
      "start": "10:30",
      "duration": "00:30",
      "abstract": "**In room A+B**\r\n\r\nCome and exchange coins, banknotes, transport cards, stickers, and other collectible items from all over the world. Bring yours and get from others!\r\n\r\n[https://wikimania.wikimedia.org/wiki/2026:Exchange_Ideas_Box](https://wikimania.wikimedia.org/wiki/2026:Exchange_Ideas_Box)",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/PDTAZL/",
      "speakers": [],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 829,
      "title": "Lingua Libre Studio",
      "track": "Wild Ideas",
      "type": "Other",
      "language": "en",
      "room": " Virtual Room",
      "day": "2026-07-24",
      "start": "13:30",
      "duration": "00:55",
      "abstract": "[Lingua Libre](https://lingualibre.org/wiki/LinguaLibre:Main_Page) is a recording tool that allows any registered user to record words in the language of their choosing. The goal is to document language and pronunciation diversity. Recordings are uploaded to wikimedia commons and reused on wiktionaries (automatically for the languages that have a bot version, and manually for others). Lingua Libre has about 1.5 million recordings in more than 330 languages. But some of those languages only have 10 words documented. \r\n\r\nAt Wikimania we'd like to set up a studio where people can drop in and record words in their own language. This aim to document as many new languages as possible, and boost corpus for languages that do not have many recordings yet. Since Wikimania attracts wikimedians from over 100 different countries we hope to get an astounding number of new languages and words !\r\n\r\nSpecifics and opening times to be determined with the program committee. The booth will be manned by volunteers, not by me. We would need a small room.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/YRCQBF/",
      "speakers": [
        {
          "name": "Luc Hervier",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3FTG8M/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 3619,
      "title": "Virtual room - Morning live",
      "track": "Unspecified",
      "type": "Other",
      "language": "en",
      "room": "📹 Virtual room",
      "day": "2026-07-24",
      "start": "09:00",
      "duration": "00:30",
      "abstract": "In rooms E-F\r\nProgram: [https://wikimania.wikimedia.org/wiki/2026:Virtual_room](https://wikimania.wikimedia.org/wiki/2026:Virtual_room)",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/MC3RKJ/",
      "speakers": [
        {
          "name": "Islahaddow",
          "bio": "Isla studied fine art at university and is completing her Master's in African Studies and Media at the University of Cape Town. The common thread woven through her professional life is a single-minded dedication to showcasing the creative voices of Africa’s artists, filmmakers, broadcasters, photographers, poets, writers, and musicians. In 2011, her increasing investment in Africa’s creative and cultural voice and her curiosity about the open movement coincided with working on the WikiAfrica project and joining as a Wikimedian. In 2016, with Florence Devouard and Iolanda Pensa, she formalised these projects under the Wiki In Africa banner. It has been an incredible ride ever since then. Isla also works as the Communications Director for Open Education Global (OEGlobal).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/8YV8MK/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 3663,
      "title": "Posters session - live!",
      "track": "Unspecified",
      "type": "Other",
      "language": "en",
      "room": "📹 Virtual room",
      "day": "2026-07-24",
      "start": "10:00",
      "duration": "01:00",
      "abstract": "Join us for a live tour of the posters!",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/QDT9FM/",
      "speakers": [
        {
          "name": "Michael Barbereau",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/NDFQPS/"
        },
        {
          "name": "Zakaria",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/B3YAYB/"
        }
      ],
      "day_label": "Fri 24 Jul"
    },
    {
      "id": 199,
      "title": "The Coolest Projects: 25 Years of Creativity and Innovation (Tribute to Deror Lin’s Legacy)",
      "track": "Wild Ideas",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-25",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "For over a decade, Deror Lin’s \"Coolest Projects\" session was a highlight of Wikimania. It was the stage where we celebrated the projects that made us say, \"I wish I thought of that.\" From 2011 until his last conference, Deror championed innovation that was fun, visual, and inspiring.\r\n\r\nIn this special 25th-anniversary session, we honor his legacy by reviving the tradition. We are not just looking at history; we are celebrating the \"hacks\" that expanded what a wiki can do.\r\n\r\nA committee of community volunteers will review past presentations and issue a public call for proposals to select the final 10 nominees. These projects represent the full spectrum of our movement's creativity: from the first offline Wikipedia DVD and massive monument photo contests to unique edit-a-thons focused on cooking and photographing local cheeses.\r\n\r\nThe session will be fast-paced and highly visual. After presenting the 10 finalists, we will hand the power back to you—the audience. Keeping with Deror’s tradition, the winners will be decided by the volume of your applause. Come ready to cheer for the projects that built the joy in our movement.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/JWBX7Q/",
      "speakers": [
        {
          "name": "Itzike",
          "bio": "Active in the Wikimedia movement for over 20 years, Itzik currently serves as the Chairperson of Wikimedia Israel. He has served on several global committees, including the Funds Dissemination Committee (FDC), as well as Strategy and Communication working groups. Additionally, he was part of the organizing team for Wikimania 2011 in Haifa. Beyond his voluntary work, for the last two years, he has also been the proud father of Ido.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/CVNPBR/"
        },
        {
          "name": "Jan-Bart",
          "bio": "I have been involved with the Wikimedia movement for more than 20 years and am currently the chair of Wikimedia Nederland. I am also involved in Wikimedia Europe and de Capacity exchange. I try to bring people within the Wikimedia Movement together and exchange best practices. I do this with the monthly chairpersons calls and the quarterly Wikimedia Europe and Friends.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/VDEJAB/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 819,
      "title": "Keynote: La Citadelle de Verre - Wikipédia face aux nouvelles stratégies d'ingérence numérique",
      "track": "Governance & Strategy",
      "type": "Panel (55 minutes)",
      "language": "fr",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-25",
      "start": "12:00",
      "duration": "00:55",
      "abstract": "À l'heure où les manipulations de l'information deviennent des outils de déstabilisation géopolitique, Wikipédia reste l'un des derniers remparts de l'information sourcée et vérifiable. \r\nPourtant, l'encyclopédie est une cible. Ce panel croise les regards de l'État (Viginum),de la Fondation Wikimedia, du régulateur français l'ARCOM et de l'ONU pour analyser comment protéger l'intégrité de l'information sans sacrifier l'ouverture et la neutralité. Surtout il s'agira aussi d'évoquer comment le mouvement Wikimedia pourra et devra s'adapter dans ce contexte particulier. \r\n\r\nSpeakers : \r\n\r\n* Anne-Sophie DHIVER, Directrice adjointe de VIGINUM\r\n* Benoît Loutrel, membre du collège de l'Autorité de régulation de la communication audiovisuelle et numérique (Arcom)\r\n* Costanza Sciubba Caniglia, Knowledge Integrity Strategy Lead at the Wikimedia Foundation\r\n* Charlotte Scaddan**,** Senior Adviser on Information Integrity, Office of the Under-Secretary-General, UN Global Communications\r\n\r\nTable-ronde animée par Michele FAILLA, Lead EU Law & Policy Advisor at Wikimedia Europe",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/KYSJET/",
      "speakers": [
        {
          "name": "Costanza Sciubba Caniglia",
          "bio": "Costanza Sciubba Caniglia is a global governance and digital policy expert specializing in information integrity and digital governance. She leads information integrity strategy at the Wikimedia Foundation, serves on the World Economic Forum’s Global Future Council on Information Integrity, and is a member of the Freedom Online Coalition Advisory Network. She teaches on information ecosystems and digital power at LUISS University in Rome and previously served as Italy’s Deputy Spokesperson at the UN Security Council. She is also a co-founder and special editor of the Harvard Kennedy School Misinformation Review and holds an MPA from Harvard University and an MA in Philosophy from La Sapienza University of Rome. She was among the Italian newspaper La Repubblica’s “50 women of the year 2021.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/P7N87Z/"
        },
        {
          "name": "Michele Failla",
          "bio": "I work as Lead EU Law & Policy Advisor at Wikimedia Europe (WMEU) since April 2023, where I advocate for free-knowledge, freedom of expression and access to information. I am passionate about EU and media Law, philosophy and politics and deeply fascinated by degrowth and commons theories. I hold a Bachelor degree in Law and a Master of Science in Law from Bocconi University as well as a postgraduate Master in European Political Studies from College of Europe. More recently, my work focused on information integrity, platform liability, anti-SLAPP legislation and age-verification. In my spare time, I grow my own vegetables, play different sports, do some travels around the world and bake my own bread.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/LGJYMF/"
        },
        {
          "name": "Rémy Gerbet WMFR",
          "bio": "Executive director of Wikimédia France",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/TS8VAC/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 3485,
      "title": "Rehearsal - Closing ceremony (closed - for speakers only)",
      "track": "Unspecified",
      "type": "Other",
      "language": "en",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-25",
      "start": "13:00",
      "duration": "01:30",
      "abstract": "*",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/8EMCHT/",
      "speakers": [],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 3468,
      "title": "🏆 Coolest Tool Awards 🏆",
      "track": "Ceremonies and Showcases",
      "type": "Other",
      "language": "en",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-25",
      "start": "14:30",
      "duration": "00:30",
      "abstract": "The Coolest Tool Awards recognize developers who have created tools that do something new and exciting, help Wikimedia communities, and build essential workflows. Come see the 2026 winners, as nominated by the Wikimedia community!",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/KJ3YKZ/",
      "speakers": [],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 3607,
      "title": "Highlights from the Team Challenges",
      "track": "Ceremonies and Showcases",
      "type": "Other",
      "language": "en",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-25",
      "start": "15:00",
      "duration": "00:25",
      "abstract": "Come learn about a new format created by this year’s volunteer hackathon committee: The Team Challenges! This hackathon-style event brought together developers and non-developers, Wikimania attendees and the local technical community to address [<u style=\"text-decoration: underline; text-decoration: underline\">11 key challenges</u>](https://wikimania.wikimedia.org/wiki/2026:Team_challenges/Details_of_the_challenges) that impact the Wikimedia community. We will share the approach, outcomes and successes!",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/LWMUDS/",
      "speakers": [],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 3469,
      "title": "Hackathon Closing Ceremony",
      "track": "Ceremonies and Showcases",
      "type": "Other",
      "language": "en",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-25",
      "start": "16:00",
      "duration": "00:55",
      "abstract": "Relive the great moments and say goodbye to your Hackathon colleagues - until next time!",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/VBNJRD/",
      "speakers": [],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 371,
      "title": "Closing Ceremony",
      "track": "Ceremonies and Showcases",
      "type": "Other",
      "language": "en",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-25",
      "start": "17:30",
      "duration": "00:55",
      "abstract": "The closing ceremony will invite attendees to reflect on their experience at Wikimania 2026, and close out the event with a bang. The ceremony will include:\r\n\r\n* Entertainment\r\n* Closing remarks from the Core Organizing Team\r\n* Event reflections and thank yous from Wikimedia Foundation CEO, Bernadette Meehan\r\n* A handover to the Santiago team, organizers of Wikimania 2027\r\n* Sendoff for the closing party",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/DZNCTK/",
      "speakers": [],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 3486,
      "title": "Group photo",
      "track": "Ceremonies and Showcases",
      "type": "Other",
      "language": "en",
      "room": "Amphitheatre 🌐",
      "day": "2026-07-25",
      "start": "19:00",
      "duration": "00:30",
      "abstract": "Join us for the Wikimania Paris group photo!",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/V7KCGA/",
      "speakers": [],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 433,
      "title": "Learn and share. Nurturing neutrality on our projects.",
      "track": "Governance & Strategy",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-25",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "Building on the work of the NPOV working group and neutrality workstream, this session will provide the latest update to then engage session participants in breakout conversations about neutrality enforcement on projects, verifiability and reliable sources, and potential of peer learning and support in these areas. This session will provide general information regarding the neutrality landscape, to then practically discuss and find solution to challenges around neutrality enforcement. It is also a space to create peer connections for future collaboration on the topic beyond Wikimania.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/JXZTJE/",
      "speakers": [
        {
          "name": "Kaarel Vaidla",
          "bio": "Wikimedia Foundation staff member. Supporting global strategy and governance workstreams. Recently mostly involved in coordination of the ecosystem of movement organizations pilot and support to NPOV working group. I am an enthusiast of global Wikimedia collaboration and futuring, so look forward to have conversations on how we can work together as a movement in meeting the global trends and collectively building a better future to the movement.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7C9HHF/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 237,
      "title": "Update needed: practical and radical ideas to keep Wikipedia reliable",
      "track": "Governance & Strategy",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-25",
      "start": "11:00",
      "duration": "00:55",
      "abstract": "As Wikipedia has celebrated its 25th birthday, many articles start to show their age. The number of articles keeps growing, but the number of editors maintaining them is not. In some fields, including green energy, climate and medicine, reliability of information rapidly deteriorates. Dated information can be dangerous in health care settings, as people might take dated notions seriously. In climate change, dated information can exaggerate uncertainty which is a impediment to action. In energy, it can falsely imply green tech isn't ready to take over yet.\r\n\r\nThe session will be twofold: there will be a showcase of a couple of large projects that seek to update our most important articles (the cross-language climate denial review, the English Wikipedia Core Contest, the WikiProject Medicine Vital Signs 2026 campaign).\r\n\r\nWe then continue with workshopping more radical ideas to scale up these efforts in a period where editor numbers are slightly lower than they have been. For instance, should we follow Britannica and drop / delete articles when they're past their sell-by date? Should we trial partially blanking articles in areas where information gets dated rapidly, to stimulate \"new growth\" of content. Can we leverage wikidata more? Is there potential to use AI to prioritise finding dated and otherwise unreliable information? What practical solutions can you think of to change the tide?",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/HHUH8H/",
      "speakers": [
        {
          "name": "Femke Nijsse (Femke)",
          "bio": "Femke has been editing Wikipedia since 2013, initially on Dutch Wikipedia, and since 2018 primarily on English Wikipedia. She has edited extensively on topics ranging from climate change science and policy, energy, women's health to women in science. Her work focusses on ensuring Wikipedia can be read and understood not only by academics, but also by people who did not attend university. Knowledge is not free if it requires people to first attend higher education.\r\n\r\nSince 2021, Femke has organised the annual Core Contest on English Wikipedia, encouraging improvements to vital articles. She initiated a cross-language review addressing climate denial content, working with local communities to remove misleading talking points across 40 language editions. More recently, she launched the WikiProject Medicine Vital Signs 2026 campaign, which aims to update and strengthen the 101 most important medical articles with current, high-quality evidence.\r\n\r\nOutside Wikimedia, she works as a senior lecturer and researcher in climate policy at the University of Exeter.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/8SJWEG/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 771,
      "title": "🥗 Lunch meetup - Wiki Loves Games: A Meetup for Creative Technologists, Game Makers and Enthusiasts",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-25",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "Have you ever played a [Wikidata game](https://www.wikidata.org/wiki/Wikidata:Games)? How about [listening to Wikipedia](https://listen.hatnote.com/)? Have you been making, or wanting to make, your own wiki games or interactive art? This meetup is for you!\r\n\r\nWe are bringing together creative technologists, game makers, and enthusiasts of the above to discuss all thing Wiki and games. It could be games to interact with knowledge; games for Wikipedia and GLAM partners; games to encourage adding content to Wiki projects; interactive installations and everything in between. The meetup is intended to connect people with these shared interests across the movement and bounce off ideas!",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/8TSMCW/",
      "speakers": [
        {
          "name": "E_mln_e",
          "bio": "E\\_mln\\_e is a designer and movement organizer for the Bay Area Wikipedians User Group.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/VRESDL/"
        },
        {
          "name": "Jennifer 8. Lee",
          "bio": "Co-founder of WikiPortraits, WikiGameJam and WikiCred. Run WikiHaus at SXSW and Sundance.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/HLRU7W/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 364,
      "title": "Global Legal Developments and Trends",
      "track": "Governance & Strategy",
      "type": "Other",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-25",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "As with previous Wikimania events, lawyers from the Wikimedia Foundation will present an annual update on some of the latest litigation and enforcement trends affecting the movement, talking about some of the most important cases from the past year.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/7LKRSQ/",
      "speakers": [
        {
          "name": "Phil Bradley-Schmieg",
          "bio": "Phil is a Lead Counsel at the Wikimedia Foundation, primarily concentrating on European legal matters, including dispute resolution and litigation.\r\n\r\nLanguages spoken: fluent English and French, intermediate German. Come say hello!",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/FK8BEM/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 527,
      "title": "BECOMING A CHATON: From web-hosting decentralization to the construction of a sovereign governance",
      "track": "Governance & Strategy",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Ouest Room 🌐",
      "day": "2026-07-25",
      "start": "16:00",
      "duration": "00:55",
      "abstract": "CHATONS (\"kittens\" in French) is short for Alternative, Transparent, Open, Neutral and Solidary Hosters Collective. This collective aims to federate organizations hosting decentralised,  ethical and free online services. Our goal is to give our users delightful alternatives to GAFAM services while keeping their online life private. CHATONS is composed of \\~100 French speaking orgs, under the banner of values cherished by Wikipedia: Neutrality, Inclusion...\r\nThose hosters participate to the Free Software and Free-culture movement by offering online services based on free software. They observe a common charter aiming notably at ensuring the confidentiality of the data they host.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/LHRKYF/",
      "speakers": [
        {
          "name": "ppom",
          "bio": "Member of [Picasoft](https://picasoft.net) and the [CHATONS](https://chatons.org) collective. Occasional contributor to Wikipedia Fr. Developer of [reaction](https://reaction.ppom.me).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/NHSDAA/"
        },
        {
          "name": "Romain 'Lodart' Lebouc",
          "bio": "Former IT Engineer, I work for the french non-profit Infini and try to help all sorts of people with their digital life, from beginners to advanced users.\r\nI promote the use of free software, especially Linux.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/MQVH9B/"
        },
        {
          "name": "Vincent",
          "bio": "Contributor of the Wiktionary, Wikipedia and Wikisource projects. In my associative life, I am the co-founder and an active member of Deuxfleurs. In my professional life, I am a researcher in computer science security.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/AXCF39/"
        },
        {
          "name": "Vincent Peugnet",
          "bio": "Member of [club1 community server](https://club1.fr/english) and CHATONS collective, occasional Wikidata contributor and developer of [a weird wiki engine called W](https://w\\.club1\\.fr)",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/RJJDGF/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 616,
      "title": "Building Speech Technology in Indigenous Languages with Mozilla Common Voice",
      "track": "Artificial intelligence",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-25",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "This hands-on session explores the development of Automatic Speech Recognition (ASR) and Text-to-Speech (TTS) models for Indigenous languages. It will provide an in-depth overview of how we leverage Mozilla Common Voice for large-scale speech data collection, validation, and annotation to support the creation of open, community-driven language technologies for underrepresented languages.\r\n\r\nParticipants will gain practical insights into the distinctive linguistic characteristics of many Indigenous languages such as tonal systems, vowel harmony, and rich morphological structures and how these features influence data preparation and model training. The session will also examine both the technical and community-related challenges involved in developing robust ASR and TTS systems for low-resource contexts, as well as the significant opportunities this work presents for advancing digital inclusion.\r\n\r\nBy the end of the session, participants will better understand how structured community contributions, quality assurance processes, and open collaboration can accelerate progress in building reliable, culturally grounded speech technologies that reflect the voices and knowledge systems of Indigenous language communities.\r\n\r\n<br>",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/UNFGN8/",
      "speakers": [
        {
          "name": "Dnshitobu",
          "bio": "Mohammed Kamal-Deen Fuseini is a member of the Sub-Saharan Africa Regional Fund Committee and a grants manager at the Dagbani Wikimedians User Group. He is a former Wikimedian in Residence for the Wikidata for Education project. He is a Wikimedia event organizer and facilitator .",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/QTV3BC/"
        },
        {
          "name": "Sadik Shahadu",
          "bio": "Sadik is a community facilitator for Mozilla Common Voice, a certified Wikipedia trainer, journalist, and communications/partnership manager for \"An AI of Our Own\". He is also the executive director and co-founder of the Dagbani Wikimedians User Group, a young not-for-profit organization based in Ghana and working to support the 16 Mabia languages on Wikimedia and the internet at large. \r\nOutside Wikimedia, he serves on the advisory board of the UNESCO 'Open Education for a Better World' program. He was a Mozilla Open Leader X fellow, a MozFest wrangler mentor, and former ambassador for the Mozilla festival. Sadik is passionate about open-source technology, open data, and open educational resources (OER). \r\nAs a digital language activist, he works with individuals and organizations interested in digitizing indigenous languages and cultures on the Internet.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/FN3L8T/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 387,
      "title": "Launch of MOSAIC: the Knowledge Commons AI Consortium",
      "track": "Artificial intelligence",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-25",
      "start": "11:00",
      "duration": "00:55",
      "abstract": "Generative AI is reshaping how knowledge is produced, discovered and trusted. Movement conversations have often focused on impact and risks. This session focuses on agency: how can Wikimedia play an active role in shaping the emerging AI-driven knowledge loop, while safeguarding the integrity of human knowledge production? Drawing on work done by WMCH and [AI-BRIGDES](https://ai-bridges.org), we offer that this moment calls for us to act and lead by building.\r\n\r\nTo get there, we suggest launching a Knowldge Commons AI Consortium, that unites various movement stakeholders and additional individuals, organizations and institutions who share our vision, and work together on defining shared priorities and a clear roadmap, leading to the AI Impact Summit in June 2027 in Switzerland and beyond.\r\n\r\nAfter sharing the challenge, the vision and what led us to suggest a consortium, we will be sharing a Statement of Intent that we invite everyone sharing our vision to sign, and open up the room to questions and thoughts.\r\n\r\nWe will finish the session with sharing some practical next steps and invite people to sign the Statement of Intent. As not everyone is able to join us at Wikimania, we will take results from various meetings happening during Wikimania to a Wiki page and invite others to join.\r\n\r\nFor further information before the meeting, please feel free to reach out to Ilario Valdelli, Alek Tarkowski and Shani Eventsein Sigalov thoughtout the week. We hope to see you there!",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/CAPSVW/",
      "speakers": [
        {
          "name": "Alek Tarkowski",
          "bio": "Alek is the Director of Strategy and co-founder at [Open Future](https://openfuture.eu), the think tank for the digital commons. He has 20 years of experience with public interest advocacy, movement building and strategy work. He is a sociologist by training and holds a Ph.D. in sociology from the Polish Academy of Science. He also sits on the Board of [Wikimedia Europe](https://meta.wikimedia.org/wiki/Wikimedia_Europe) and chairs the Board of [Centrum Cyfrowe](https://centrumcyfrowe.pl/en/homepage/), a Polish digital think tank. He currently cooperates with Wikimedia Switzerland, designing strategies that Wikimedia and other knowledge commons can adapt in face of challenges caused by AI technologies. Previously, he joined the Movement Strategy process as the sole non-Wikimedian participant, representing the Creative Commons network in the Partnerships working group. His previous experience also includes sitting on the Board of Directors of Creative Commons, and serving as advisor on digital strategy to the Polish Prime Minister.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3TLRDC/"
        },
        {
          "name": "Ilario Valdelli",
          "bio": "Ilario Valdelli is Innovation Programme Lead at Wikimedia CH (Switzerland) and has 18 years of experience in Wikimedia projects. A Wikipedian since 2005, he has been involved with Wikimedia CH since its founding, contributing to the chapter’s early development and long-term growth. He co-founded Wikimedia Switzerland and Wikimedia Italy, has worked as Programme Manager at Wikimedia CH since 2014, and has led the organisation’s innovation work since 2020.\r\n\r\nHis work focuses on innovation at the intersection of open knowledge, digital transformation, and AI, with an emphasis on strategy, partnerships, and community-informed experimentation. He supports collaborations with universities, public institutions, and civic tech networks in Switzerland and across Europe, translating research and emerging technologies into practical prototypes, programme design, and governance discussions for the Wikimedia ecosystem.\r\n\r\nRecently, he produced the report from the **Collective Intelligence vs Artificial Intelligence** roundtable and co-organised **WikiCite 2025**, contributing to movement-wide discussions on knowledge infrastructure, responsible innovation, and the evolving relationship between Wikimedia and AI.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/AEGBWU/"
        },
        {
          "name": "Shani Evenstein Sigalov",
          "bio": "Dr. Shani Evenstein Sigalov is an educator, researcher, and long-standing Open Knowledge advocate working at the intersection of Education, Technology, Innovation and Openness, with a key interest of integrating Wiki projects into the academic curricula. Finishing serving 6 years on the Wikimedia Foundation’s Board of Trustees, she is currently serving as a Marie Skłodowska-Curie Postdoctoral Research Fellow at the Digital Humanities Research Hub, University of London. In this capacity she is leading the AI-BRIDGES project, exploring how institutional data, Wikidata/Wikibase, and Generative AI systems can be responsibly connected, working closely with the movement and its partnering organizations.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/PCU7GJ/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 629,
      "title": "🥗 Lunch meetup: Ukraine & friends meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-25",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "The WikiArt Session at Wikimania is an interactive team-building event for those interested in Ukrainian culture. It will strengthen the connection between wiki projects and the art of various cultures to unite the Ukrainian wiki community with others. This session is a warm gathering of the Ukrainian wiki community with international \"friends\"—Wikipedians. An innovative Ukrainian wiki project that combines Wikipedia editing with art studies, cultural heritage preservation, and inclusive education. The WikiArt meetup session combines art through the use of wiki projects (videos, audio, and images from Wikimedia Commons, winged words, phraseological units, and famous expressions from Wikiquote, interesting facts from wiki articles and Wiktionary, etc.). Participants will have the opportunity to communicate with each other by creating a joint art masterpiece, express their thoughts through associations with metaphorical cards, and learn about the culture of different wiki communities. Everything will take place under the main slogan of Wikimania in Paris: «Liberté, Équité, Fiabilité».",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/YFPF7X/",
      "speakers": [
        {
          "name": "Iryna Boiko",
          "bio": "My name is Iryna, and for the past two years I've been working as a communication manager at Wikimedia Ukraine. Starting as a history major, I had limited knowledge about Wikimedia projects. However, during my time working with Wikimedia communications and design, I learned a great deal and began sharing this knowledge with our local community, while also supporting relations with our media. Now, communications and visual design for the wikiprojects are my passion, and I want to share my experience with others.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/39JEHV/"
        },
        {
          "name": "Марися Лебідь",
          "bio": "Марися Лебідь (Marysia Lebid), active Ukrainian Wikipedian, educator, and organizer of WikiProjects in Poltava, Ukraine. Together with Wikipedian Iryna Buchneva, I organized the First WikiConference in Poltava (October 2025), the Wiki-walk \"German Colony,\" and conducted sessions at WikiConferences in Kyiv (2024 and 2025), WikiMarathons in Poltava (2025 and 2026). I am a Wikipedia trainer for Ukrainian educators. A jury member of contests \"Wikipedia for School,\" \"(Un)known Women in Wikipedia,\" \"European Spring,\" \"Cultural Heritage,\" and others. Speaker at webinars on creating articles for wiki-contests. I live in Poltava, Ukraine. I work as a teacher of Ukrainian language and foreign literature at one of the city's lyceums. Additionally, I teach online twice a week to people with disabilities from Luhansk, Cherkasy, and Zhytomyr regions (including how to use Wikipedia).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/TTBEEA/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 665,
      "title": "Agentic AI: Strategic Synergies for Digital Commons and GLAMs?",
      "track": "Artificial intelligence",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-25",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "What might the agentic web mean for free knowledge projects and heritage institutions? The agentic web refers to an emerging environment in which AI agents autonomously navigate platforms, interact with services, and gather and synthesize information. This panel explores the implications of this transformation for digital commons and GLAM institutions. What infrastructures and interfaces may be needed to respond to the anticipated rise in agent-driven traffic? How can free knowledge and GLAMs help shape the standards that will structure these new forms of interaction? What synergies can be developed between public institutions and digital commons to address shared challenges? Bringing together perspectives from computer science, the Wikimedia movement, and the French National Library (BnF), the panel aims to share expertise and identify avenues for collective action.\r\nSpeakers:\r\n\r\n* Jean-Philippe Moreux (AI Chief, BnF) will provide the BnF’s perspective and highlight shared challenges;\r\n* Ilario Valdelli (Innovation programme lead Wikimedia CH) will discuss advocacy strategies;\r\n* Chris Albon (WMF, Director of Machine Learning and Data Engineering) will present the implications for Wikimedia and how to prepare for these transformations;\r\n* Moderator: Nathalie Casemajor, Professor at INRS (Canada).\r\n\r\nThe panel (in English) will be followed by a Q&A. Questions in French are welcome and will be translated by the moderator.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/XKHHCV/",
      "speakers": [
        {
          "name": "Chris Albon",
          "bio": "Chris is the Senior Director of Machine Learning and Data Engineering at the Wikimedia Foundation.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/B8FWRQ/"
        },
        {
          "name": "Ilario Valdelli",
          "bio": "Ilario Valdelli is Innovation Programme Lead at Wikimedia CH (Switzerland) and has 18 years of experience in Wikimedia projects. A Wikipedian since 2005, he has been involved with Wikimedia CH since its founding, contributing to the chapter’s early development and long-term growth. He co-founded Wikimedia Switzerland and Wikimedia Italy, has worked as Programme Manager at Wikimedia CH since 2014, and has led the organisation’s innovation work since 2020.\r\n\r\nHis work focuses on innovation at the intersection of open knowledge, digital transformation, and AI, with an emphasis on strategy, partnerships, and community-informed experimentation. He supports collaborations with universities, public institutions, and civic tech networks in Switzerland and across Europe, translating research and emerging technologies into practical prototypes, programme design, and governance discussions for the Wikimedia ecosystem.\r\n\r\nRecently, he produced the report from the **Collective Intelligence vs Artificial Intelligence** roundtable and co-organised **WikiCite 2025**, contributing to movement-wide discussions on knowledge infrastructure, responsible innovation, and the evolving relationship between Wikimedia and AI.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/AEGBWU/"
        },
        {
          "name": "Jean-Philippe Moreux",
          "bio": "Jean-Philippe Moreux, ingénieur diplômé INSA Toulouse (informatique, 1990) est le chef de mission IA de la Bibliothèque nationale de France. Il a été auparavant l'expert scientifique de la bibliothèque numérique Gallica au département de la Coopération et l’expert OCR et formats éditoriaux du service de la Numérisation. Précédemment, il a exercé les métiers de chef de projet informatique, responsable éditorial et consultant (ingénierie éditoriale, édition scientifique).\r\n\r\nIl travaille sur l’application de intelligence artificielle dans le contexte du patrimoine, les programmes de valorisation du patrimoine numérique et participe à des projets de recherche sur ces sujets. Ses principaux sujets d'activité et de recherche sont la production et la valorisation des ressources patrimoniales numériques, les services aux humanités numériques, l'ingénierie de la donnée et du document.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/URCMHW/"
        },
        {
          "name": "Nathalie Casemajor (Seeris)",
          "bio": "Nathalie Casemajor is a professor at the Centre Urbanisation Culture Société of INRS (Institut national de la recherche scientifique, Montreal). Her work focuses on the intersections of culture, technology, and territories. Her recent research examines global knowledge platforms, digital commons, data cultures, technological scenes, and blockchain. She holds the Research Chair on Digital Commons and serves as Director of the Fernand-Dumont Chair on Culture. She started contributing to Wikipedia in 2012, after conducting a post-doctoral research on GLAM projects. She was a board member of Wikimedia Canada from 2014 to 2016. In the last few years, she has been involved in several community, educational and GLAM projects in Canada and France.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/X7FBXD/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 429,
      "title": "Can cats see in the dark? Defending open knowledge through natural language search and information retrieval",
      "track": "Artificial intelligence",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Est Room 🌐",
      "day": "2026-07-25",
      "start": "16:00",
      "duration": "00:55",
      "abstract": "More and more, people are finding information through AI tools on search platforms and chatbots instead of visiting trustworthy sources directly. As more people encounter information through chatbots and algorithmic summaries, Wikipedia must evolve to remain a direct, trusted source for information retrieval. A part of this evolution includes working on the ability to make it easier and more intuitive to find things – whether by showing better answers to queries, or allowing people to ask queries in natural language rather than complex keywords.  This session will explore how search on Wikipedia is adapting to this new reality. We will share research on internal search behavior, including how readers use descriptive queries and full questions, and what this reveals about shifting expectations. Participants will see a live demo of  search experience allowing for natural language, or semantic, search and learn about early experimentation, key findings, and the trade-offs involved in balancing precision, discoverability, and trust.\r\n\r\nIn this hands-on workshop, attendees will test real-world use cases inspired by modern reader behavior: asking full questions, using natural language, and exploring descriptive search queries. Together, we will reflect on the results and brainstorm ways to improve information discoverability, navigation, and reliability while upholding Wikimedia’s core principles. The session invites collaborative discussion on how we defend open knowledge by strengthening Wikipedia’s role as a primary destination.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/MHB3MQ/",
      "speakers": [
        {
          "name": "EBlackorby-WMF",
          "bio": "I joined the Wikimedia Foundation in May 2025 as part of the [Movement Communications team](https://meta.wikimedia.org/wiki/Communications/Movement_Communications \"m:Communications/Movement Communications\"). I work closely with [Wikimedia Foundation Product and Technology](https://www.mediawiki.org/wiki/Wikimedia_Product \"mw:Wikimedia Product\") to support the Wikimedia communities and their projects.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/UUNPAX/"
        },
        {
          "name": "Jaz Tanner",
          "bio": "I've been working for the Wikimedia Foundation since 2018. I'm the Lead Product Manager for the Apps team. Previously, I worked as the Technical Program Manager for the Editing, Growth and Web teams.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/SLPVMZ/"
        },
        {
          "name": "SherryYang-WMF",
          "bio": "I am the Product Manager for WMF's Reader Growth team, focusing on improving the on-site experience for infrequent/casual readers who may be less familiar with the wiki projects.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/JXZ3YR/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 502,
      "title": "Nombrar antes de editar: autonomía comunitaria y lenguas orales en Wikimedia",
      "track": "Education and Advocacy",
      "type": "Panel (55 minutes)",
      "language": "es",
      "room": "Agora 🌐",
      "day": "2026-07-25",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "Este panel reúne a tres Wikimedistas de Bolivia, Colombia y Perú con experiencia directa en trabajo con comunidades indígenas y documentación de lenguas orales. A partir de nuestras prácticas, exploraremos cómo las comunidades de lenguas minorizadas se relacionan con las plataformas Wikimedia: cómo se nombran a sí mismas, cómo representan su conocimiento y cómo negocian sus condiciones de participación.\r\nLa sesión incluye una dinámica participativa diseñada para entornos multilingües y multiculturales: presentaremos escenarios ficticios de trabajo comunitario —¿qué harías si te tocara trabajar con una comunidad con estas brechas específicas?— que luego revelaremos como situaciones reales de nuestras propias trayectorias. Este ejercicio invita a la audiencia a pensar colectivamente sobre planificación participativa, diálogo comunitario y trabajo no extractivista con comunidades.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/A7HBHP/",
      "speakers": [
        {
          "name": "Jesedmateo",
          "bio": "Jesed Mateo es encargada de comunicación digital de Wikiacción Perú, proyecto orientado a visibilizar al Perú en Wikipedia en español, Wikimedia Commons y otros proyectos Wikimedia, con enfoques temáticos en ecología, género y cultura.\r\nTiene experiencia en conceptualización, diseño y mediación de talleres enfocados en trabajo comunitario e intergeneracional, y realiza capacitaciones sobre Wikimedia Commons de manera voluntaria y como parte del staff de Wikiacción Perú.\r\nColabora con el Laboratorio de Registro Sonoro, un proceso de formación virtual sobre diseño e implementación de proyectos de registro, digitalización, almacenamiento y liberación de archivos sonoros, vinculados a la salvaguarda, promoción y defensa de los derechos lingüísticos y culturales a través de las plataformas Wikimedia.\r\nEs colaboradora de Asimtria.org, proyecto de tecnología, territorio y arte con sede en Cusco, Perú, y cofundadora del Colectivo Error Pedagogía.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/VVJKKE/"
        },
        {
          "name": "Leonardi José Fernández Fernández",
          "bio": "Estudiante de octavo semestre de Antropología Social y Cultural en la Universidad del Zulia y miembro del pueblo wayuu (clan Jinnu). Actualmente se desempeña como coordinador de proyectos para el colectivo Wikimedistas Wayuu, facilitador en la iniciativa WayuunaiTIC de la Biblioteca del Banco de la República, y profesional de campo para la Estrategia Regional 2026 de la Biblioteca Nacional de Colombia.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/TVBAKV/"
        },
        {
          "name": "Caleidoscopic",
          "bio": "Wikimedista en el centro del universo.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/Z3M3NL/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 458,
      "title": "Become a Programs & Events Dashboard Superuser",
      "track": "Education and Advocacy",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-25",
      "start": "11:00",
      "duration": "00:55",
      "abstract": "The Programs & Events (P&E) Dashboard allows organizers to effectively train participants in their programs, monitor the work participants do on Wikimedia wikis, and assess their contributions. It also allows them to report metrics on what the participants have done.\r\n\r\nIt's a powerful tool that's tracked the work of hundreds of thousands of editors across 484 different language versions of Wikimedia projects. Nearly 2,000 program leaders worldwide use it every year to track their programs. But even experienced users probably aren't taking advantage of all the features.\r\n\r\nIn this workshop, we will teach participants how to use the P&E Dashboard, taking them from the basic steps of getting started, through advanced tips and tools. We will also provide tips on customizing things to support their individual programs, including showcasing how to translate the interface and training modules into their languages. We'll also briefly touch on the Visualizing Impact tool. And, of course, we'll answer all the burning questions from the audience!\r\n\r\n<br>",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/A7NHYN/",
      "speakers": [
        {
          "name": "LiAnna Davis",
          "bio": "LiAnna Davis serves as the Chief Programs Officer and Deputy Director for Wiki Education, a U.S. nonprofit that works to make Wikipedia more accurate, representative, and complete.\r\n\r\nIn her work for Wiki Education, LiAnna oversees all of the organization's programmatic activities, including development, implementation, and evaluation. She joined the team that started the Wikipedia Student Program in 2010, helping grow it from a small pilot to a vibrant, scalable initiative in the United States and Canada that brings 19% of all new active editors to the English Wikipedia. Her work has enabled a small-but-mighty program to have global impact, diversifying the editor base and content on Wikipedia while adding high quality, fact-based information read by millions of people — all while teaching students critical digital media literacy skills needed to fight disinformation.\r\n\r\nShe supports global Wikipedia and education efforts by serving as chair of the Wikipedia & Education User Group, a collaborative of program leaders worldwide.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/MG3W3D/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 3493,
      "title": "Community Lightning talk series II",
      "track": "Community",
      "type": "Lightning talks series",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-25",
      "start": "11:55",
      "duration": "00:25",
      "abstract": "The following Lightning talks will take place:\r\n\r\n1. [6402+: Seeds of Memory (fighting disinformation through Wikidata, art, and collective remembrance)](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/A89RTYDVSRXWYE73MSHVLTYJSWHSEW9B) by AmiGueko\r\n2. [Around the World in 365 female biographies / Le Tour du monde en 365 biographies féminines](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/HZXXDFP33BMWXKFR8FH3SBYVVSRVRLPZ) by Maciej Nadzikiewicz / User:Nadzik\r\n3. [Supporting Participation or Creating Transactional Engagement? Rethinking Internet Data Refunds as Volunteer Support](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/98QWBCF3YALKJNBQKRJTMUHYJ93FWAXY) by Sandiooses\r\n4. [Adding interactivity to wiki pages using the calculator gadget](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/GJEPX8THSFXN9TTDHCPXZNZ7PDTGHDJL) by Bawolff",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/BVRNMR/",
      "speakers": [
        {
          "name": "Bawolff",
          "bio": "Hello, I'm User:Bawolff (Brian Wolff). I am a MediaWiki developer. I am interested in the power of Wikis to democratize knowledge. Recently I have been working on projects to allow Wiki contributors to create interactivity instead of just text.\r\n\r\nTo contact me, go to [https://en.wikipedia.org/wiki/User_talk:Bawolff](https://en.wikipedia.org/wiki/User_talk:Bawolff)",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/SN88CR/"
        },
        {
          "name": "AmiGueko",
          "bio": "**Johana Botero is Communities and Technologies Coordinator at Wikimedia Colombia. She works on projects that connect open data, collaborative knowledge production, and digital memory.**\r\n**She leads the 6402+ digital memorial initiative, which models publicly available judicial information in Wikidata and develops an open-access visualization platform in collaboration with community partners. Her work explores how Wikimedia infrastructures can support reliable and inclusive documentation of historical processes.**\r\n**With a background in filmmaking, curation, and project management, Johana previously coordinated MediaLab Cinemateca de Bogotá, where she developed programs at the intersection of art, science, and technology. She is particularly interested in open licensing, digital commons, and community-driven knowledge ecosystems.**\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/KKZ7MU/"
        },
        {
          "name": "Justice Okai-Allotey",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/VLV3SF/"
        },
        {
          "name": "Maciej Nadzikiewicz / User:Nadzik",
          "bio": "My name is Maciej Nadzikiewicz, and I was part of the Wikimania 2024 Core Organizing Team. You may know me from a couple of different things:\r\n– Wikimedia Foundation Board of Trustees (since 2024)\r\n– Wikimedia Europe Board (2022–2024)\r\n– Wikimedia Poland Governance Board (2020–2022)\r\n– Polish Wikipedia sysop (2020–2024)",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/PCM8AQ/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 3611,
      "title": "🥗 Climate change, environmental issues & sustainable development lunch",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-25",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "This meetup is open to anyone working on topics related to climate change, environmental issues, and sustainable development, particularly the UN Sustainable Development Goals. Are you a researcher working on how climate denial shows up in Wikimedia projects? Are you editing on environmental issues in your country? Are you an organizer of the Wiki for Sustainable Futures campaign? Are you part of the User Group Wikimedians for Sustainable Development? Are you working as a Wikimedian in Residence to add climate & environmental content to Wikimedia projects? Then join us in this meetup! This meetup will be an informal space to chat, connect, and discuss about potencial collaborations. If you are interested in any of these topics, its implementation and on- and off-wiki, or just want to chat, feel free to join the meetup.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/HBJ97E/",
      "speakers": [
        {
          "name": "Jan Ainali",
          "bio": "Wikimedian since 2006, admin on Swedish Wikipedia, but my most active project is Wikidata, followed by Wikimedia Commons. I am co-host of the podcast [Wikipediapodden](https://wikipediapodden.se/) and have been doing some [Wikidata Live editing](https://meta.wikimedia.org/wiki/Wikipedia_Weekly_Network/Live_Wikidata_Editing).\r\nMember of Wikimedia Sverige (where I once was the CEO) and a bunch of other affiliates. Most notably, I am a co-founder of [Wikimedians for Sustainable Development](https://meta.wikimedia.org/wiki/Wikimedians_for_Sustainable_Development).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/VTVMTA/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 439,
      "title": "Digital Hygiene in Wikimedia Spaces: Legal, Social, and Community Strategies for Sustainable Participation",
      "track": "Community",
      "type": "Panel (55 minutes)",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-25",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "**Wikipedia’s future depends not only on content quality, but on whether contributors feel safe, respected, and supported while participating.**\r\n\r\n“Digital hygiene” in Wikimedia spaces goes beyond cybersecurity. It also includes how we manage conflict, prevent harassment, support moderators, protect contributor privacy, and create conditions where diverse communities can thrive. When contributors burn out, withdraw, or feel unsafe, our movement’s freedom, equity, and reliability are directly affected.\r\n\r\nThis panel explores digital hygiene as a structural question for the movement: How do we balance openness with protection? How do we ensure equity when safety is experienced differently across communities? How do we sustain reliable governance without overburdening volunteers?\r\n\r\nThe session will combine short interventions, structured dialogue around key tensions (openness vs. safety, transparency vs. privacy, volunteerism vs. sustainability), and audience participation. Instead of prescribing solutions, we will propose a Digital Hygiene Experiment Canvas, to help communities identify risks, test small-scale initiatives and share learnings with the intent of strengthening sustainable participation across projects and languages.\r\n\r\nIf Wikimedia is to remain free, equitable, and reliable, contributor well-being must be treated as core infrastructure.\r\n\r\nThe panelists currently confirmed are\r\n\\* Florence Devouard (host). Co-ED of Wiki in Africa. Expert on the Community Care Programme at Wikimedia CH. Former chairwomen of the Wikimedia Foundation.\r\n\\* Sanda Sandu. Senior Human Rights Specialist at the Wikimedia Foundation\r\n\\* Owen Blacker. Chair of Wikimedia LGBT+ User Group\r\n\\* Rémy Gerbet. ED of Wikimédia France\r\n\\* Delphine Ménard. Global Ressources Distribution Committee",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/TZYLGG/",
      "speakers": [
        {
          "name": "Delphine Ménard (notafish)",
          "bio": "I joined the French Wikipedia in October 2004, was an editor for a while and then did a million other things. The real reason why I joined was because there was no article about [Greta Garbo](https://en.wikipedia.org/wiki/Greta_Garbo \"en:Greta Garbo\") in the French Wikipedia. Now, [there is one](https://fr.wikipedia.org/wiki/Greta_Garbo \"fr:Greta Garbo\"). The reason why I stayed is because I met people, who became friends and who amazed me by their dedication (or was it addiction?). I got involved in Movement affairs, helped organize Wikimania, was in many committees, and worked at the Foundation for a few years. I am back as a volunteer since 20022 and a member of the Global Resources Distribution Committee (GRDC). I am interested in the future of Wikimedia as a movement, and curious to see how we will manage to keep open knowledge free and reliable. I now work for APC as an HR manager, APC (the Association for Progressive Communications) is a human rights organization that works in the digital advocacy space, feminist internet and the defense of digital rights,",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ZUUCMC/"
        },
        {
          "name": "Florence Devouard",
          "bio": "Username:Anthere (she/her).\r\nFrench. Languages : FR N; EN-4.\r\n\r\n* Co-Executive Director of Wiki in Africa\r\n* Consultant for the Community Care Programme of Wikimedia CH\r\n* Wikipedian-in-Residence at World Intellectual Property Rights (WIPO)\r\n* Former Chair of Wikimedia Foundation\r\n* Co-founder, former Vice-Chair and currently member of Wikimédia France\r\n\r\nKey words : Wikipedia, Wikimedia Commons, Africa, IP rights, Open Movement, Community Building, Open Source, Creative Commons, Life-long learning, accountability, Gender Gap, Equity, Care\r\n\r\nMore info and contacts\r\n\\* fdevouard//@//[anthere.org](https://app.eventyay.com/talk/redirect/?url=http%3A//anthere.org%3ASnNANUzWPMgPOVNMkEacPbSSoYNL837nLtK-V1qerXg)\r\n\\* [https://www.linkedin.com/in/devouard/](https://app.eventyay.com/talk/redirect/?url=https%3A//www.linkedin.com/in/devouard/%3A5bb4U87ZC3ds0GX-yPXq3Jyh1Jo1raMaMQhS4DhP9k8)",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/MZG3QV/"
        },
        {
          "name": "Owen Blacker",
          "bio": "Owen Blacker is the chair of the board of the Wikimedia LGBT+ User Group, having started editing the English Wikipedia back in 2004. Contributing to English, French and Welsh Wikipedias now, as well as Commons and Wikidata, his interests include Queer history, especially the cultural history of the Early AIDS Crisis, Queer popular culture, and science fiction, human rights and labour rights, languages and language rights. He also runs editing events, in-person with Wikimedia UK and online, Off-wiki, Owen is a technologist working with the UK public sector and a trustee of an HIV-prevention non-profit with 25 years’ experience of non-profit governance. He is based in Cardiff, GB, with his wife and cat.\r\n\r\nOwen Blacker est président du groupe d'utilisateurs Wikimedia LGBT+. Il est wikimédien dès 2004 ; maintenant il contribue aux Wikipédias anglaise, française et galloise, ainsi qu'à Commons et Wikidata. Ses intérêts incluent l’histoire queer, en particulier l’histoire culturelle du début de la crise du sida, la culture populaire queer et la science-fiction, les droits de l'homme et les droits du travail, ainsi que les langues et les droits linguistiques. Il organise des événements de rédaction : en présentiel avec Wikimedia UK ainsi qu’en ligne. Hors-ligne, Owen est un technologue travaillant avec le secteur public et administrateur d’une association sans but lucratif dédiée à la prévention du VIH, fort de 25 ans d’expérience dans la gouvernance des ASBL. Il vit à Cardiff, au Royaume-Uni, avec sa femme et son chat.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/NN79AS/"
        },
        {
          "name": "Rémy Gerbet WMFR",
          "bio": "Executive director of Wikimédia France",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/TS8VAC/"
        },
        {
          "name": "S.Sandu",
          "bio": "Session presenters are representatives of the Human Rights Team.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/8ZNPS9/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 290,
      "title": "Who is running the world? Political data matters.",
      "track": "Community",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-25",
      "start": "16:00",
      "duration": "00:55",
      "abstract": "Every week, elections happen somewhere in the world. Keeping track of who holds power — across 261 countries and territories — is too big a job for any single team.\r\n\r\nEveryPolitician is a global, open database of nearly 700,000 political office-holders, revived by OpenSanctions after being paused in 2019. Our goal is to commoditize political data by making Wikidata the definitive community-maintained source for it — freely available to journalists, researchers, and citizens worldwide.\r\n\r\nPoliLoom is the tool we built to get there. It semi-automatically enriches Wikidata with political data from the web, with humans in the loop to ensure quality. No Wikidata expertise required to get started.\r\n\r\nIn this workshop, participants will use PoliLoom to contribute political data for politicians in their region or language, submitting verified information directly to Wikidata. We'll close with a discussion on growing the contributor community.\r\n\r\nCome with a Wikipedia account. Leave having improved the public record on who holds power.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/K8WK7T/",
      "speakers": [
        {
          "name": "Ada Homolova",
          "bio": "Freelance data journalist, educator, transparency advocate.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3CWWRF/"
        },
        {
          "name": "Johan Schuijt",
          "bio": "Software and data engineer, EveryPolitician project lead, open-data advocate.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3YGFWL/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 3425,
      "title": "Closing Ceremony (Quiet room)",
      "track": "Ceremonies and Showcases",
      "type": "Other",
      "language": "en",
      "room": "Agora 🌐",
      "day": "2026-07-25",
      "start": "17:30",
      "duration": "00:55",
      "abstract": "*",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/G9JFXL/",
      "speakers": [],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 221,
      "title": "Wikimedia Conferences and Events: Shared Learnings",
      "track": "Community",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room C+D (in-person only)",
      "day": "2026-07-25",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "The Wikimedia Conference and Events portfolio is instrumental in supporting and shaping up the way our community meets, sustains engagement and collaborates across the globe. Through this workshop we aim to bring together past, present and future conference organizers to share learnings, lessons and best practices while also providing feedback for the continuous improvement and effectiveness of the portfolio. The session will also create space to reflect on how we design events with clear purpose, strong outcomes, and equitable access.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/R3APPY/",
      "speakers": [
        {
          "name": "Andrea Romanos Roca",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/DKNSRP/"
        },
        {
          "name": "Rachit Sharma / RASharma ( WMF)",
          "bio": "I work with as a Manager (Global Events & South Asia) with the Movement Communications Team (WMF), which aims to build connections, help people understand the Wikimedia mission and celebrate their role in its success. \r\nCurrently, I serve as the Regional Specialist for South Asia, I work on the Core team for Wikimania, and am leading the Conference and Events portfolio. In the recent past, I have provided strategic support to various convening and conferences like WikiConference India, ESEAP Conference, WikiWomen’s Camp, Wikimedia Technology Summit etc.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/JZYXEY/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 796,
      "title": "From Wikilontar to Wikisami: How Regional Partnerships Power Community-Led Growth in Bali",
      "track": "GLAM and Partnerships",
      "type": "Other",
      "language": "en",
      "room": "Room C+D (in-person only)",
      "day": "2026-07-25",
      "start": "11:00",
      "duration": "00:55",
      "abstract": "This **TED-style Duo Talk** follows the evolution of a community partnership model in Bali, from **Wikilontar**, a local manuscript digitization effort, to Wikisource Loves Manuscripts (**WILMA**), and now to **Wikisami**, a community-led initiative expanding Balinese knowledge preservation through global GLAM collaboration.\r\n\r\nPresented as a dialogue between **Sakti Hendra Pramudya**, Senior Partnerships Manager for ESEAP at the Wikimedia Foundation, and **Carma Citrawati**, a community organizer from Bali, the session explores how sustained, trust-based regional support enables local initiatives to grow in scale, confidence, and institutional reach. What began as technical and strategic accompaniment for a small cultural preservation project has evolved into structured engagement with international memory institutions, including emerging collaboration pathways with Leiden University Libraries and the British Library.\r\n\r\nRather than focusing solely on outputs, this session examines **the partnership architecture behind community growth: long-term mentorship, bridge-building between local volunteers and global institutions, phased capacity strengthening, and accompaniment that extends beyond grant cycles**. This approach reflects **Liberté** through community agency and self-determination, **Égalité** through communities engaging global institutions as peers, and **Fiabilité** through building credible, trusted knowledge infrastructures.\r\n\r\nThe Bali experience demonstrates how regional partnerships can operationalize equity within the Wikimedia movement, transforming communities from beneficiaries of support into equal partners in knowledge production and heritage stewardship. Participants will gain practical insights for designing partnership pathways that strengthen community ownership while unlocking GLAM relationships otherwise inaccessible.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/MB9WY3/",
      "speakers": [
        {
          "name": "Carma citrawati",
          "bio": "Members of the Balinese Wikimedia Community who actively contribute to Wikisource, Wikidata, and Wikipedia. Really interested in manuscripts, especially Balinese manuscripts.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/A9GECB/"
        },
        {
          "name": "Sakti Pramudya (WMF)",
          "bio": "**Sakti Hendra Pramudya, PhD** is the Senior Partnerships Manager for East, Southeast Asia, and the Pacific (ESEAP) at the Wikimedia Foundation. He specializes in building strategic, cross-sector collaborations that connect Wikimedia communities with institutions such as UNESCO, technology companies, global GLAM partners, and regional knowledge networks. With a background in business management and multi-stakeholder engagement, Sakti focuses on designing partnership architectures that strengthen community agency, equity, and long-term sustainability. His work supports emerging communities in evolving from project-based initiatives into trusted, institutionally connected knowledge ecosystems across the Global South.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ECYHWY/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 497,
      "title": "🥗 Lunch meetup: 3D in Wikimedia meetup: getting 3D object support working",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Room C+D (in-person only)",
      "day": "2026-07-25",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "There is a strong and growing need to host 3D rendered objects on Wikimedia platforms (especially on Commons and Wikipedia). Many objects and locations in the world can best be understood and viewed using 3D rendered displays of them. Hosting 3D objects on Wiki articles also makes those article subjects more engaging for the reader whilst also updating Wikipedia and Commons. A valuable modernization of our platform. In theory there is limited support for hosting 3D however it is very limited and severely lacking. Additionally we have a number of partner organisations, especially amoungst GLAM institutions, who are interested in donating content to Commons. Locations that host 3D renderings are becoming increasingly commercialized creating an ever stronger use case for 3D support on Wiki.\r\n\r\nCurrently there is a community of Wiki editors, activists, and developers who are working on this problem. However this community needs greater coordination and a platform for communication on a number of issues ranging from streamlining Wiki hosting with the WMF to selecting the most appropriate 3D object formats to use. This event will provide that platform to discuss these issues and coordinate action to deliver 3D support for Wikipedia and the other Wikis!",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/RSTRNP/",
      "speakers": [
        {
          "name": "Douglas Scott (Discott)",
          "bio": "Douglas has been a Wikipedia editor since 2006 and involved in Wikimedia community work since joining [Wikimedia chapter for South Africa](http://wikimedia.org.za/) in 2012. He was a board member of Wikimedia South Africa from 2012 until 2024 and was the chapter's president from 2015 until 2020. At Wikimedia South Africa he has helped organise the South African component of [Wiki Loves Monuments](http://wikilovesmonuments.co.za/) in 2012, 2013, 2014, and 2015 as well as a number of edit-a-thons and other Wikipedia editing outreach activities. In 2018 he was the organising Chairperson for [Wikimania](https://wikimania2018.wikimedia.org/wiki/Wikimania \"wm2018:Wikimania\") in Cape Town. Douglas is also very involved in the effort to amend the [South African Copyright Act](https://en.wikipedia.org/wiki/Copyright_law_of_South_Africa) so as to allow for [Freedom of Panorama](https://en.wikipedia.org/wiki/Freedom_of_panorama) and [Fair Use](https://en.wikipedia.org/wiki/Fair_use \"Fair use\") thereby making it easier to edit Wikipedia in the country. In 2025 Douglas was elected to the board of [Wikimedia United Kingdom](https://wikimedia.org.uk/).\r\n\r\nMy full name is Douglas Scott (司道格 in Mandarin Chinese) and I am from [Cape Town](https://en.wikipedia.org/wiki/Cape_Town \"Cape Town\"), South Africa; although I now live in Edinburgh, Scotland. I previously worked for a non-profit organisation named The Safety Lab that focused on [violence crime](https://en.wikipedia.org/wiki/Criminology) in high risk areas of the [City of Cape Town](https://en.wikipedia.org/wiki/City_of_Cape_Town \"City of Cape Town\"). I currently work for [Campaign Lab](https://www.campaignlab.uk/) as a political researcher in the United Kingdom, which (disclaimer) is why I no longer edit articles on modern British politics.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ZVR8KH/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 603,
      "title": "Bottom Up: Growing Wikimedia Projects from Local Initiatives in Italy to Wider Impact",
      "track": "GLAM and Partnerships",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room C+D (in-person only)",
      "day": "2026-07-25",
      "start": "16:00",
      "duration": "00:55",
      "abstract": "Local groups across Italy are busy organizing a variety of activities, meet-ups and campaigns to increase engagement in the projects and recruit new volunteers. We would like to share the model of local coordination established by Wikimedia Italy and its great results.\r\n\r\nFrom editathons and Wiki Loves Monuments exhibitions to educational projects and public events, there is always something interesting happening today. Local coordination groups in Italy are making their mark, let's take a look at success stories from regions like Apulia, Lombardy, Sicily, Piedmont, where active local groups are organizing both online and offline campaigns.Their efforts are not only increasing engagement and public participation, but also finding new ways to promote Wikimedia projects in Italian and minor languages to cultural institutions. Join us discovering how these local groups are bringing a fresh wave of enthusiasm to Wikimedia projects and working in a synergistic collaboration pattern!",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/LNEY9N/",
      "speakers": [
        {
          "name": "Ferdinando Traversa",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/SLJTZS/"
        },
        {
          "name": "Mattia L. Nappi",
          "bio": "My name is Mattia L. Nappi, I sign as sNappy. Since 2025 I am part of Wikimedia Italia Board. I am an engineer, I am very keen on project management, best practices improval, creative approach.\r\n\r\nI especially follow the field of advocacy and volunteers growth.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/MFRXPY/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 441,
      "title": "A practical guide to working with United Nations agencies and their resources",
      "track": "GLAM and Partnerships",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-25",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "A workshop to explore different ways Wikimedians can work with the UN and other Intergovernmental Organisations and their content to improve the quality of Wikimedia projects in many languages. The workshop will be run by both UN staff and Wikimedians working with UN agencies and other IGOs.\r\n\r\nThe UN system’s knowledge resources are high-quality, multilingual, freely available and often published under Creative commons licences. The UN has been producing knowledge for over 75 years, creating 10,000s of publications, 100,000s of images, videos, audio and other resources.\r\n\r\nThe session will outline processes and worked examples for finding shared goals, project planning, documentation and resources as well as support from the Content Partnership Hub in contacting and working with UN agencies. There will also  be guidance and different ways to find and use reference material, openly licensed text, images and other media from UN agencies. We will also highlight current issues and needs for support from people working in other areas.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/LMHFD7/",
      "speakers": [
        {
          "name": "John Cummings",
          "bio": "I help UN agencies and other international organisations share their knowledge and content on Wikimedia. I work to advocate for free education, for policy change and to help UN agencies and other international organisations share their knowledge and content on Wikipedia. My work was awarded [Best Practice at the Osaka World EXPO 2025](https://www.expo2025.or.jp/en/co-creation-index/bestpractices/). I've worked with UNESCO, World Health Organization, FAO, UNRWA, UN Environment Programme, UN Human Rights Office, UN Population Fund, UN Women, WIPO and the International Energy Agency. Myself and Liam Wyatt are the writers and organisers for Wikipedia to be inscribed on the UNESCO Memory of the World International Register. https://en.wikipedia.org/wiki/User:John\\_Cummings",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/UQZ7JF/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 338,
      "title": "Community Governance “The Good, the Bad, and the Way Forward”",
      "track": "Governance & Strategy",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-25",
      "start": "11:00",
      "duration": "00:55",
      "abstract": "Effective governance is essential to advancing Wikimedia’s mission of free knowledge for all. As community-led structures evolve and committees take on increasingly complex responsibilities, it becomes critical to pause, reflect, and intentionally improve how governance works in practice.\r\nThis session offers a structured and candid space for committee members, Wikimedia Foundation community governance support staff, Users with Extended Rights, and engaged community members to reflect on Wikimedia’s governance landscape. Together, we will explore what is working well in volunteer group collaboration and decision-making, surface recurring challenges and friction points, and collectively identify actionable improvements for the future.\r\nThrough a mix of brief framing, interactive polls, and participatory discussions, participants will share governance “wins,” examine anonymized case examples, and co-create practical next steps to strengthen transparency, clarity, and collaboration. The session aims to move beyond critique toward constructive, solutions-oriented dialogue.\r\nBy the end of this session, participants will leave with:\r\n\r\n* A shared understanding of current governance strengths and gaps\r\n<br>\r\n    <br>\r\n* Concrete ideas for improving processes and coordination\r\n<br>\r\n    <br>\r\n* Clear next steps to support continuous governance improvement\r\n<br>\r\n    <br>\r\n\r\nThis conversation is an opportunity to strengthen trust, accountability, and collective stewardship within Wikimedia’s governance ecosystem.\r\n\r\n<br>",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/DNXZHS/",
      "speakers": [
        {
          "name": "MKaur (WMF)",
          "bio": "I am a Sr. T&S Community Governance Support Specialist at the Wikimedia Foundation (WMF), where I support volunteer governance committees (community governance structures across the movement). My work focuses on strengthening volunteer-led bodies, improving triaging and documentation processes, and ensuring that sensitive matters are handled with clarity, fairness, and accountability. I collaborate closely with volunteer committees and staff to streamline workflows, enhance transparency, and build systems that are both sustainable and community-centred.\r\nA significant part of my role involves thinking about process design, how cases move from intake to resolution, how communication flows between stakeholders, and how we can make governance mechanisms more accessible and effective. I am particularly interested in simplifying complex procedures while preserving due process and trust.\r\nAlongside my staff role, I am also an active Wikimedia volunteer. My volunteer experience has given me firsthand insight into community dynamics, on-wiki norms, and the challenges contributors face. This dual perspective allows me to approach my work with empathy and balance, bridging operational structure with community realities.\r\nI care deeply about fostering collaborative environments where governance systems support, rather than burden, the people who sustain the movement.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/VQCR8A/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 186,
      "title": "🥗 Wiki Loves Folklore & Feminism and Folklore: Community Meetup",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-25",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "This meetup brings together contributors and organisers of Wiki Loves Folklore and Feminism and Folklore to share experiences, challenges, and ideas for documenting intangible cultural heritage and women’s cultural knowledge on Wikimedia projects. The session will focus on collaboration, practical solutions, and building cross-community connections.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/ZS3FHX/",
      "speakers": [
        {
          "name": "Joris Darlington Quarshie",
          "bio": "**Joris Darlington Quarshie** is a Ghanaian data scientist, software engineer, and cloud specialist, currently serving as Community Lead for the African Wikimedia Technical Community. He is the Event Coordinator for Wiki Loves Folklore, an outreach facilitator for the Capacity Exchange Project managed by Wikimedia Brasil, and a member of the Wiki Loves Folklore International Team. With past leadership roles in the African Wikimedia Developers Program and contributions to Wikimania 2023 and 2025, Joris is passionate about advancing open technology and strengthening inclusive digital communities across Africa.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ZQNZZX/"
        },
        {
          "name": "Tiven2240",
          "bio": "I am a long-standing contributor, international organizer, and advocate for cultural documentation on Wikimedia projects, with a particular passion for preserving the richness of folk traditions and uplifting marginalized voices.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/8DTWXN/"
        },
        {
          "name": "Suyash Dwivedi",
          "bio": "Suyash Dwivedi (Username: Suyash.dwivedi) is an electronics engineer from India with over 25 years of experience in technology and hardware systems, and more than 12 years of active contribution to the Wikimedia movement (238,000+ edits since 2013). He focuses on strengthening language communities, visual documentation, and improving access to open knowledge.\r\nHe serves as Vice-Chair of the Commons Photographers User Group and the Affiliations Committee, supporting global community development, partnerships, and content initiatives. He is also part of the Core Organizing Team for international campaigns such as Wiki Science Competition and Wikipedia Asian Month.\r\nSuyash is an administrator and interface administrator on Fiji Hindi Wikipedia, Awadhi Wikipedia, and Fiji Hindi Wiktionary, contributing to the growth of underrepresented languages. His work bridges technology and Wikimedia through initiatives like Internet-in-a-Box, “Wiki’s Lazy Coders,” and hardware-based tools that support contributors in low-connectivity environments and promote documentation of cultural and linguistic diversity.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/8JMQUS/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 3429,
      "title": "Keynote : Aaron Shaw",
      "track": "Research",
      "type": "Other",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-25",
      "start": "14:30",
      "duration": "00:35",
      "abstract": "-",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/GS9LFG/",
      "speakers": [],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 3430,
      "title": "State of Wikimedia Research 2025-2026 + 5 Research Findings and how you can use them in your work. Part 3 : Fiabilité",
      "track": "Research",
      "type": "Other",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-25",
      "start": "15:05",
      "duration": "00:20",
      "abstract": "-",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/PSP977/",
      "speakers": [
        {
          "name": "Leila Zia",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/JMS3PS/"
        },
        {
          "name": "Benjamin Mako Hill",
          "bio": "In my day job, I teach and do research at the University of Washington. I am also an active editor on several wikis and work with the Wikimedia community and the Wikimedia Foundation community to support academic research related to wikis and Wikimedia in a number of ways. Please see my user page on meta for more information.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/YCTAEM/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 634,
      "title": "Visualising Wikipedia: Testing the tool (first release)",
      "track": "Research",
      "type": "[research track] 5+5 minutes",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-25",
      "start": "16:00",
      "duration": "00:10",
      "abstract": "Visualising Wikipedia is a visual analytics tool developed within the research project *“Visual Analytics for Sustainability and Climate Change: Assessing Online Open Content and Supporting Community Engagement. The Case of Wikipedia”* (2025–2029).\r\n\r\nThe tool enables the exploration, analysis, and monitoring of groups of Wikipedia articles through interactive visualisations, supporting the work of Wikimedia volunteers, researchers, and institutions. Its goal is to provide evidence-based insights into content coverage, quality, gaps, and dynamics, facilitating informed interventions and community engagement.\r\n\r\nThe current prototype focuses on Wikipedia articles in English, Spanish, French, and Italian related to climate change and sustainability. It is designed to assess the current state of coverage of these topics and to test targeted interventions. Once fully developed, the tool will be adaptable to any subject area by leveraging Wikidata and Wikipedia categories, with the possibility to extend it to additional languages. Developed in collaboration with the Wiki Education Impact Visualizer, it will be released as an interactive dashboard comparable to the existing Wikimedia event dashboard.\r\n\r\nThe research project is led by the SUPSI in collaboration with the Wiki Education Foundation, Wikimedistas de Uruguay, Wiki in Africa, and Open Climate Campaign, with the endorsement of Wikimedia Italia, the support of the Swiss National Science Foundation (SNSF, grant 10.003.183), and the active involvement of Wikipedia and Wikidata volunteers. The research team includes Iolanda Pensa (principal investigator and concept), Giovanni Profeta (coordinator and designer), Chiara Somajni, Florence Devouard, Sage Ross, Nicole Schwitter, Cristian Scapozza, Florian Maximilian Meier, and Ahmed Amine Hassou.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/K9F7XU/",
      "speakers": [
        {
          "name": "chiara somajni",
          "bio": "Chiara Somajni is an Italian journalist and researcher based in Berlin. As a journalist, she worked for twenty years at the daily newspaper *Il Sole 24 Ore*, including fifteen years with its cultural supplement, *Domenica*. She currently contributes to various Italian and German publications.\r\nHer work focuses primarily on culture and technology, and she has taught courses on art and digital technology at Bocconi University in Milan.\r\nAs a researcher, she collaborates with the University of Applied Sciences and Arts of Southern Switzerland (SUPSI), with a particular focus on open culture.\r\nShe has served as President of ActionAid Italy and Vice President of ActionAid International, a non-governmental organization dedicated to social justice.\r\nA member of Wikimedia Italia, she has volunteered on its communications committee. In 2005, she attended the inaugural edition of Wikimania in Frankfurt.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ERLWAK/"
        },
        {
          "name": "Giovanni Profeta",
          "bio": "Giovanni Profeta holds a PhD in Design from Politecnico di Milano, where he developed a thesis on user interfaces to access digitized cultural collections within the DensityDesign research lab. After obtaining a master in Visual and Multimedia Communication from the University IUAV of Venice, he collaborated on projects about web design and digital publishing in web and interaction design studios based in Italy. \r\nAs a researcher, at the Institute of Design of the University of Applied Sciences and Arts of Southern Switzerland (SUPSI), he is carrying out applied research projects, focused on visualization methods to access and analyze complex cultural and environmental data.\r\nHe is also a teacher of Interaction Design courses at the Bachelor in Visual Communication and the Master of Arts in Interaction Design and of the Data Visualization course at the Bachelor in Data Science and Artificial Intelligence.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/PY9E7K/"
        },
        {
          "name": "Iolanda Pensa - iopensa",
          "bio": "I am a researcher and wikipedian. I am head of the research area “Culture and Territory” at the Institute of Design of the University of Applied Sciences and Arts of Southern Switzerland (SUPSI); I am the principal investigator of the project “Visual Analytics for Sustainability and Climate Change”. I am an active volunteer of Wikipedia: former chair of Wikimedia Italia (2020-2024), national coordinator GLAM for Wikimedia Italia and organiser of the Wikipedia world gathering Wikimania in 2016 in Esino Lario, a mountain village of 700 inhabitants. I also like open data (I am co-chair of the sounding board researcher for the Swiss open research data strategy).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/VKFFDQ/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 841,
      "title": "Invisible Giants: Mapping Fossil Fuel Industry Representation on Spanish Wikipedia and Generative AI",
      "track": "Research",
      "type": "[research track] 5+5 minutes",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-25",
      "start": "16:10",
      "duration": "00:10",
      "abstract": "This presentation synthesizes two research projects on fossil fuel industries. The first is a [large-scale multilingual](https://meta.wikimedia.org/wiki/Research:Fossil_fuel_industries_and_climate_change_on_Wikipedia) analysis led examining mentions of climate change in fossil fuel articles across 4 UN languages + Portuguese. The second is my Master’s thesis, where I did an in-depth qualitative analysis of seven major fossil fuel companies with presence in South America, comparing their Spanish Wikipedia entries with responses from ChatGPT, Google AI Mode, and Google AI Overview.\r\n\r\nOur findings reveal a structural disconnect: corporate articles often acknowledge climate responsibility, but articles on climate change don't link back to specific industries. On Spanish Wikipedia, content quality is low, with promotional tones and outdated data, and a heavy reliance on corporate websites. These practices create important knowledge gaps, which GenAI tries to solve with mixed results. This includes citing social media (including YouTube and Meta-owned posts), while under-citing traditional media. Wikipedia and GenAI barely cited research. In comparison, while Wikipedia articles tried to remain descriptive, GenAI answered with an “economic development vs. environmental protection” framing to the descriptive prompts. This poses interesting questions around reliability, sourcing practices, and neutral point of view.\r\n\r\nFossil fuel companies have a long-standing tradition of participating in climate disinformation campaigns, and therefore they are a good limit case to test assumptions on how they are being represented in the current information ecosystem. The presentation will share high-level findings and conduct prototyping community-led oversight and regulatory frameworks to ensure reliable knowledge about corporations.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/3YK8YE/",
      "speakers": [
        {
          "name": "Evelin Heidel",
          "bio": "Program Director, Wikimedistas de Uruguay.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/CD8YNR/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 869,
      "title": "Defending Wikipedia as a reliable source in the age of AI",
      "track": "Research",
      "type": "[research track] 5+5 minutes",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-25",
      "start": "16:20",
      "duration": "00:10",
      "abstract": "The explosion of large language models (LLMs) on the commercial scene has led to a fresh set of challenges and threats to Wikipedia's editing model and the integrity of its information. Wikipedia has long relied on trust in the good faith of fellow contributors, who however may not be knowledgeable about the limitations of AI. Moreover, while bad actors are not unknown to Wikipedia, LLMs and in particular AI agents allow them to operate autonomously at scale and increasingly convincingly, making the detection and filtering of AI-generated edits a task both immensely challenging and essential to the survival of Wikipedia. Wikipedia's policies and decision-making process were not designed for the speed at which AI technology has evolved, and as a result policy decisions have lagged significantly behind the challenges being faced on the ground. In this talk we will explore the impact AI technology currently has on Wikipedia's editorial integrity and how the community has responded, and provide possible avenues to adapt to this threat model, in particular the efforts of Wikiproject AI Cleanup and how LLMs themselves may be harnessed to address these problems.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/Q8QAJV/",
      "speakers": [
        {
          "name": "Ellia Lebleu",
          "bio": "You may know me as Chaotic Enby on-wiki, an English Wikipedia administrator (since 2025) and technical editor. I helped found WikiProject AI Cleanup, aiming to stem the tide of problematic AI-generated content on Wikipedia, and WikiProject AI Tools, to focus community efforts on constructive, non-generative uses of AI. Beyond that, I have worked to help blocked users find a pathway back to editing, notably through creating the Unblock Wizard, and have been involved in other Wikimedia projects such as Wikispore, an innovative project incubator.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/JVVEHF/"
        },
        {
          "name": "Hubert Lau",
          "bio": "Hubert has been a Wikipedia contributor since 2022 and has 4k+ edits at the time of writing. Despite this relatively short history, Hubert picked up a habit of reading Wikipedia policy pages during COVID and has always had a deep interest in Wikipedia's content review and quality assurance processes. Shortly after starting to contribute Hubert began to work mainly on the Articles for Creation and New Page Patrol areas, and was a top 100 AfC reviewer in 2025.\r\n\r\nOutside of Wikipedia, Hubert is a DPhil student in Theoretical Physics at the University of Oxford and Rhodes Scholar 2025 for the Hong Kong constituency.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/B7UR77/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 772,
      "title": "Reference Risk: A Research-Based Approach to Source Reliability in Wikipedia",
      "track": "Research",
      "type": "[research track] 5+5 minutes",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-25",
      "start": "16:30",
      "duration": "00:10",
      "abstract": "To ensure knowledge integrity, Wikipedia content must be verifiable and supported by reliable secondary sources. Over the years, Wikipedia editors have developed mechanisms to enforce these policies in order to reduce the presence of unreliable references.\r\n\r\nThis session will showcase recent research conducted at the Wikimedia Foundation on source reliability, with a focus on understanding and characterizing the mechanisms that editors apply to assess and manage references such as perennial sources lists (WP:RSP). We will present findings on how reliability is defined in practice, how it varies across contexts, and how editors coordinate their efforts to maintain high sourcing standards. Finally, the session will introduce **[Reference Risk](https://meta.wikimedia.org/wiki/Research:ReferenceRisk)**, a novel language-agnostic approach designed to strengthen and scale these efforts across all Wikipedia language editions.\r\n\r\nThe ultimate goal of the session is not only to maximize awareness and adoption of these research-driven approaches among Wikimedia volunteers, but also to create space for feedback, dialogue, and collaboration.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/NSXGJU/",
      "speakers": [
        {
          "name": "Pablo Aragón (WMF)",
          "bio": "Pablo Aragón is a research scientist at the Wikimedia Foundation, where he focuses on knowledge integrity and resilience to disinformation in Wikipedia and its sister projects.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/GFSFHF/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 877,
      "title": "WikiSignals.org: Helping editors evaluate reference reliability",
      "track": "Research",
      "type": "[research track] 5+5 minutes",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-25",
      "start": "16:40",
      "duration": "00:10",
      "abstract": "Wikipedia's core mission is to be a source of credible information. This requires maintaining the credibility of not only internal articles but also external references. The community has spent 25 years figuring out what is/isn’t a reliable source, and has developed several resources to share this knowledge. One is the Perennial Sources list that ranks sources by their reliability. However, this list lacks machine-readability, is only available for a handful of languages, and has little knowledge sharing between different language projects. English Wikipedia is the most developed and even that ranks only a few hundred websites (out of countless millions).\r\n\r\nWikiSignals aims to close these gaps. Participants in the WikiCred initiative are developing the WikiSignals.org website to provide reliability-related signals for sources being considered for citations, references, and external-link lists. It returns domain data and credibility indicators for over 70,000 websites, including global traffic rank, registration date, and reliability assessments from sources inside and outside Wikipedia — information useful for judging the domain-level source credibility. Our goals are to:\r\n\r\n1. Help readers and editors make decisions about the credibility of online web-based sources at scale (such as for editing articles or for community discussions on general source reliability).\r\n2. Provide a single, centralized source of data in a machine-readable format for developers in Wiki projects such as Wikidata and LiftWing.\r\n\r\nThe project was initiated at WikiCredCon 2025. Partners include SimPPL, Iffy.news, Veri.FYI, AfroCROWD, Factiverse, Internet Archive, CUFinder, and WebAIM.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/ST8FCS/",
      "speakers": [
        {
          "name": "Webrunner95",
          "bio": "Webrunner95 is a contributor to English Wikipedia, Wikidata, and Wikimedia Commons; a participant in WikiCred/Credibility Coalition, the developer for the Veri.FYI application on Toolforge (https://veri-fyi.toolforge.org/); and a collaborator for the WikiSignals project (https://wikisignals.org).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ETQ78M/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 861,
      "title": "Citation Location Needed: a case for citing specific segments within sources to improve verifiability on Wikipedia",
      "track": "Research",
      "type": "[research track] 5+5 minutes",
      "language": "en",
      "room": "Room 2",
      "day": "2026-07-25",
      "start": "16:50",
      "duration": "00:10",
      "abstract": "For claims to be deemed reliable on Wikipedia, not only should they cite \"reliable sources\", but they should also be clearly entailed from their cited sources. Given how relatively easier it is to construct spurious or misinformed citations—an art at which LLMs excel—than to detect them, the risk they pose to the verifiability of content on Wikipedia is likely to increase in the coming years, unless mitigated.\r\nAs well as using openly accessible sources, specifying in-source location indicators (such as page numbers, etc.) or quoting targeted segments facilitates the verification of citations and lowers its cost. Although these practices are made possible through various citation template keywords and how-to guides, they remain only suggestive and sparsely applied on the collaborative encyclopedia.\r\nThis ongoing research analyses the use of in-source location parameters, in order to better understand and mitigate the risks caused by spurious citations. Following a presentation of this analysis on citations from English and French Wikipedias, this session will be used to make a case to encourage the use of in-source location parameters, and suggest ways to do so. This could mean more explicit recommendations in the guidelines and policies, changes in existing citation tools, new tools to analyse citations, or a combination of those different approaches.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/YASJQZ/",
      "speakers": [
        {
          "name": "Mario Morvan",
          "bio": "London-based Wikipedian and research scientist interested in knowledge integrity and collaborative knowledge graphs, among other things.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/S9BKNW/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 203,
      "title": "Wiki for Minorities: From Representation to Empowerment",
      "track": "Community",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-25",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "Across Africa, many minority communities remain underrepresented within the global knowledge ecosystem. Their languages, cultures, and histories are often missing or marginally documented on Wikimedia platforms. While increasing visibility is an important first step, meaningful inclusion requires more than representation, it demands empowerment, ownership, and sustainable participation. This session examines how minority communities can transition from being subjects of documentation to becoming active contributors, organizers, and decision-makers within the Wikimedia Movement. Drawing from practical experience in supporting minority language initiatives and community-led organizing, the presentation will highlight strategies for building inclusive editing communities, strengthening local leadership, improving access to funding, and fostering long-term capacity development. It will also address structural challenges such as digital access barriers, language marginalization, and limited institutional support, while proposing scalable and community-centered solutions. By sharing lessons learned and practical approaches, this session aims to contribute to the broader Movement Strategy goals of knowledge equity and decentralized decision-making. Ultimately, the session calls for a shift from symbolic inclusion to transformative participation where minority communities are not only visible on Wikimedia platforms, but empowered to shape narratives, influence policies, and sustain their own knowledge ecosystems.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/BAKM7D/",
      "speakers": [
        {
          "name": "Fulani215",
          "bio": "My name is Abdulkadir Abdulkadir (username: Fulani215). I am an administrator on the Fula (Fulfulde) Wikipedia and an active member of the African Admin Space, a platform that connects African users with extended rights to share experiences, discuss challenges, and strengthen Wikimedia communities across the continent. Since joining the movement, I have contributed to content development, community governance, and editor mentorship in underrepresented language projects. I regularly organize and chair monthly community meetups, facilitating discussions and training for local contributors. I have also delivered virtual presentations sharing best practices and lessons from the Fula Wikipedia, including being recognized as Local Admin of the Month under African Admin Space.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/S9SS3F/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 777,
      "title": "Life as a wikimedian in a more complex world",
      "track": "Community",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-25",
      "start": "11:00",
      "duration": "01:25",
      "abstract": "We are living in a changing world. The world seems increasingly polarized, and shared consensus around what information is true and trusted is fragmenting. Topics that at the center of the public debate can become battlegrounds on Wikipedia, too, and wiki projects are attacked more than in the past. Changes that go beyond Wikipedia makes our volunteers feel more at risk than before. And the long-term consequences of the rise of AI and changes on readership behaviour are on top of our mind.\r\n\r\nThese issues are at the center of many conversations in the Wikimedia movement, and many sessions here at Wikimania. However, these conversations generally focus on analysing the current situation, understanding the trends, planning for the future: what is missing is how we are living it. On wiki, users with extended rights are feeling overwhelmed. Editors who work on difficult topics are increasingly feeling threatened. Many of us are worried about the future of the Wikimedia projects.\r\n\r\nThis session is a space for participants to talk about how they are living this situation, and to listen to each other. There will be no presentation: participants will have the main stage.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/AVRPYW/",
      "speakers": [
        {
          "name": "Lorenzo Losa",
          "bio": "Long term wikipedian, member of the Wikimedia Foundation board.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/PLTNRY/"
        },
        {
          "name": "Miriam Konert (WMDE)",
          "bio": "Miriam Konert has been leading the Support & Consultancy team at Wikimedia Deutschland in the Communities & Engagement department since 2023. Her team supports community members in acute conflict situations, when they are overwhelmed or experiencing burnout, and offers preventive measures in these areas of tension. Miriam is a certified mediator, trainer, and coach with a special focus on nonviolent communication and power-critical approaches. Before becoming a conflict manager, she was a dramaturge at an opera house in Berlin for ten years, and it was probably in the often very informal structures of a theater company that her desire to professionally de-escalate conflicts and learn to better understand and accept the complex nature of human beings was awakened. She also volunteers at a psychosocial counseling center for the queer community in Berlin.\r\nHer conviction: conflicts are part of life. Respectful communication succeeds when people with different perspectives and starting points agree on a common goal and work towards it.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/AG3TK8/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 425,
      "title": "🥗 Lunch meetup: Looking forward the 10º #VisibleWikiWomen campaign: lessons from the past, inspiration for the future",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-25",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "Since 2018, Whose Knowledge? and partners have co-organised #VisibleWikiWomen, a global campaign to make images of womxn, especially Black, Brown, Indigenous, trans, and non-binary individuals, available on Wikimedia Commons and the broader internet. This is a meetup for partners, organisers, participants, and everyone who is interested in learning about  #VisibleWikiWomen, and in contributing to our participatory design for the 10th edition in 2027. During the meetup, we will share reflections from our consultancy report highlighting achievements, challenges and recommendations for the campaign. We shall collect feedback and actionable ideas from partners and allies around the issues identified in the report, such as image diversity, structured data, challenges of generative AI, GLAM partnerships and opportunities for strengthening the VWW community. Participants are invited to bring ideas for the theme of the10th campaign, or for local initiatives we can support as part of our community.  Come and enjoy the conversation!",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/EM3AJZ/",
      "speakers": [
        {
          "name": "Mariana Fossatti",
          "bio": "I'm a Decolonizing Wikipedia Co-Lead at Whose Knowledge? I'm a feminist and a free/libre culture activist from Uruguay, and a long term Wikimedian. I have been part of the coordination team of the #VisibleWikiWomen campaign since 2018. My background is in sociology and I have a master’s degree in Society and Development from the Universidad de la República, Uruguay. I co-founded the digital cultural centre Ártica in 2011, and co-founded the Uruguayan chapters of Creative Commons and Wikimedia in 2013. I also have worked in the APC Women Rights Programme, amplifying women voices in tech on GenderIT.org blog.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/AR7SXK/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 389,
      "title": "The Global Rise of Age Verification Regulations : What can we do about it?",
      "track": "Education and Advocacy",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-25",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "**The Global Rise of Age Verification Regulations:** We are seeing a huge influx of regulation targeting a specific idea: that certain kinds of information are not appropriate for people of all ages and that access to those kinds of information on the internet should be limited. The idea itself is not generally controversial–many people agree that exposure to some forms of expression can be harmful for kids–and age-based restrictions on physical access to some kinds of content, like pornography, do exist in the law. We are seeing more and more of these laws come into effect across the globe. These laws require some sort of a technical block to either access certain content or all content depending on age.\r\n\r\n<br>\r\nThese laws often have a specific narrative around child safety but they can be so much broader in scope. Legal mandates to impose age-based restrictions on the internet conflict with Wikipedia’s prime objective, infringe human rights, and threaten the open internet. **Let's have an open discussion within the Movement about the trends in these laws and what, if anything we can do to avoid or mitigate them.** This would be structured as a constructive dialog to workshop solutions, rather than a review of specific age verification laws",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/E7RNX3/",
      "speakers": [
        {
          "name": "Amanda Jardine",
          "bio": "My work at the Foundation focuses primarily on impact litigation. Since its founding in 2003, the WMF has taken an active role in protecting the Wikimedia projects and the communities who edit them through thoughtful approaches to litigation. We have identified opportunities to file lawsuits, amicus briefs, and interventions in an effort to proactively create a legal environment in which the Wikimedia projects, movement, and Foundation can thrive. Through working with the Movement, I have ensured that WMF has a much more scaleable and proactive approach to Impact Litigation. WMF has also included more international amici in order to strengthen the goals outside of the US and be inclusive of our international community. This proactive approach not only safeguards current contributors but also establishes a resilient legal foundation, securing the continued accessibility and growth of our open knowledge projects.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/YCWVZD/"
        },
        {
          "name": "Aly Marino",
          "bio": "I’m an attorney for the Wikimedia Foundation based in Philadelphia, PA. I started work at Wikimedia in February 2022, as a Tech Law & Policy Fellow in Global Advocacy. I was converted to a full-time counsel position in Legal Affairs in April 2023. I work on our bi-annual Transparency Report, the litigation and compliance portfolios, and provide legal support to Fundraising. I also co-lead the Neurodivergent ERG.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/SURNTJ/"
        },
        {
          "name": "Stan Adams",
          "bio": "I'm a public policy attorney based in Washington, DC. I began work at the Wikimedia Foundation in April 2023. Prior to Wikimedia, I worked in the US Senate as General Counsel to a Senator. Before that I worked at the Center for Democracy & Technology, focusing on artificial intelligence, telecom, and copyright policy. In my role at the WMF, I advocate for laws and policies to protect and enable the Wikimedia movement in the United States, Mexico, and Canada.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/Q9WKZF/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 348,
      "title": "Educational program during university lockdown",
      "track": "Education and Advocacy",
      "type": "Other",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-25",
      "start": "16:00",
      "duration": "00:25",
      "abstract": "In Serbia, in 2025, university and faculty blockades occurred across the country. The blockades were caused by dissatisfaction among students, citizens, and the academic community with the political situation in the country. This situation significantly affected the educational program of Wikimedia Serbia and, therefore, its metrics. Within the Educational Program, the *Wikipedia in Schools* program was implemented on a reduced scale due to the suspension of work of a large number of educational institutions, but activities were successfully continued when conditions allowed. This lecture is on how to do a more flexible approach to the goals of the Educational Program by observing education outside the framework of standardized schooling, such as working with older community members, volunteer groups, and members of the international community. However, in an environment of socio-political instability, the stagnation in educational institutions is inevitably reflected in the work of institutions related to the development of culture and science. Therefore, it is also necessary to emphasize the importance of free knowledge and the importance of the concept of lifelong learning in moments of socio-political stability.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/Q3MLAP/",
      "speakers": [
        {
          "name": "Milena Milenković",
          "bio": "I work at Wikimedia Serbia as a Diversity program manager. I have been active in the Wikimedia community since 2017, and I have also been on the board of directors of Wikimedia Serbia. I have been an editor of Serbian Wikipedia since 2013. In my current position, I work closely with the community on their projects and various events on Wikipedia.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/AFLCJX/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 3494,
      "title": "Education and Heritage Lightning talk series",
      "track": "Unspecified",
      "type": "Lightning talks series",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-25",
      "start": "16:30",
      "duration": "00:15",
      "abstract": "The following Lightning talks will be showcased:\r\n\r\n1. [Wiki Loves Maps Mentorship Program](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/QNRVXBXDU8NWEQAHKPYTXXGBELEYTAAY) by Akouete\r\n2. [Wikipedia Editing as a Mental Health Practice](https://wikimedia.eventyay.com/wm/wikimania2026/talk/review/MF9TGXADCNCKMVCEETEAZEGMGPZ7UDYW) by Kate Kifa",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/CPGAEK/",
      "speakers": [
        {
          "name": "Akouete",
          "bio": "Ata Akouete est contributeur au mouvement Wikimedia basé au Togo. Il s’intéresse particulièrement à la valorisation des connaissances africaines, aux données ouvertes et aux initiatives numériques au service du développement. Engagé dans la formation et l’accompagnement des nouveaux contributeurs, il œuvre pour un accès plus équitable au savoir libre en Afrique francophone.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/QEGVZ9/"
        },
        {
          "name": "Kate Kifa",
          "bio": "Wikimedia projects contributor, Wikipedia editor and speaker. Elected board member of [Wikimedia Ukraine](https://wikimania.wikimedia.org/wiki/Wikimedia_Ukraine) (since 2025). Member of WikiOrchestra and WikiChoir. Organizing committee member of [(Un)Known Women on Wikipedia](http://she.wikimedia.org.ua/), 2024-2026.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/GDXABL/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 626,
      "title": "Lessons Learned from Indonesia's government Wikimedia SUL Page block",
      "track": "Education and Advocacy",
      "type": "Lightning talk (5 minutes, in person only)",
      "language": "en",
      "room": "Room 3",
      "day": "2026-07-25",
      "start": "16:45",
      "duration": "00:05",
      "abstract": "This lighting talks aims to inform the audience regarding restrictions implemented by the Indonesian government on Wiki projects auth page, which went effective on 25 March this year. Although this restriction did not impact the readability of Wiki project, it prevents users from doing their contribution, thus effectively limiting any contents from Indonesia. This talk would dive in to this thinly veiled censorship attempt by discussing the background of the restrictions, which goes back all the way to half a decade ago. This restriction has its roots from WMF's refusal to comply with government's electronic permit, as well as the dynamics of domestic politics that led to the existence of a powerful govt internet watchdog. The talk would then continue to discuss the impact of the block on the community, reactions, the steps taken afterwards, and lessons learned for the general public and communities under similar threat",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/ZX73GS/",
      "speakers": [
        {
          "name": "Jeromi Mikhael",
          "bio": "Jeromi Mikhael is a longtime Wikipedia and Wikimedia Commons user who has been contributing to the projects since 2018 by writing articles (esp. biographies) and contributing photographs (esp. prominent people). He is a member of the Wikimedia Indonesia user group and the Wikimedia Jakarta Community and has been involved in several community projects such as the Wikipatriot and Hibah Buku. He is currently writing on Indonesian ambassadors at the English Wikipedia and doing administrator duties at the Indonesian Wikipedia.\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/XENQ8L/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 591,
      "title": "Wiki Loves Film – creative workshop",
      "track": "Wild Ideas",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Room 4",
      "day": "2026-07-25",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "Wikimedia Commons contains more than 135 000 000 files, most of them images of various source and quality. This is an enormous potential for creative activities. In 2025 we have launched CEE Hub challenge Wiki Loves Film with more than 6 countries involved, 59 participants, 404 articles and 448 photos contributed (see the full report [here](https://meta.wikimedia.org/wiki/Wikimedia_CEE_Hub/Microgrants/report/Wiki_Loves_Film_2025_%E2%80%93_final_report)).\r\n\r\nIf we consider the number of photos from films, about films and filmmakers, there is a huge pool of content for a creative workshop! As part of Wiki Loves Film 2026 (running in July and August) participants will take original photos, scissors and glue and using the technique of collage they will create new images and new contexts and relations.\r\n\r\nAll the new creative images will be uploaded to Wikimedia Commons using the SA feature of CC licence. Results will be presented to the public audience right after the workshop and later online on [Wiki Loves Film page](http://film.wikimedia.cz).",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/VFKH3Z/",
      "speakers": [
        {
          "name": "Klara Joklova",
          "bio": "**I am a social worker and a certified facilitator. Since 2018, I have been the executive director of Wikimedia Czech Republic,**\r\n**I was there at the birth of the first regional Hub (CEE Hub) and have been on its steering committee since its founding (in 2023).** \r\n**There, in 2023, I initiated the creation of the first informal group, CEE Youth, where I drew on my experience at the national level, among other things. Every year, we organize 150 educational activities for young people and students in the Czech Republic.**\r\n**Since the creation of CEE Youth, I have supported the group, methodically guided its development, and supported its members in their individual development.**\r\n**I organized three CEE Youth thematic meetings, and in 2025, I was the main organizer of the Wikimedia Youth Conference.**\r\n\r\n<br>",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/UJUPZZ/"
        },
        {
          "name": "Pavel Bednarik",
          "bio": "Pavel Bednarik is a chief tutor of Wikimedia Czech Republic since 2022, in 2024 he also became manager of Programs for partnerships, which means responsibility for Wikimedians in residence programme, GLAM and all running partnerships. He is an active wikimedian and lecturer in 2024 he launched Wiki Loves Film project as a CEE initiative. He is a lecturer of film education and running community and cultural activities in Olomouc, Czech Republic.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/GRDLBB/"
        },
        {
          "name": "Tadeas Bednarz",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/RA3GRC/"
        },
        {
          "name": "Tadeáš Bednarz",
          "bio": "Tadeáš Bednarz serves as the Coordinator of Programs for Editors at Wikimedia Czech Republic (WMCZ) and is an administrator on the Czech Wikipedia. Within the Wikimedia movement, he focuses heavily on strategically supporting the volunteer community and organizing thematic challenges that systematically expand and improve the free encyclopedia's content.\r\nA core part of his work involves the coordination, management, and development of editing campaigns. He plays a key role in running successful projects such as Month of Science on Wikipedia and Month of Women on Wikipedia. He dedicates special attention to the Wiki Loves Film initiative, bridging the gap between the world of cinematography, memory institutions, and the free sharing of knowledge. Through this project, he focuses not only on article creation but also on enriching Wikimedia Commons with valuable visual materials and historical photographs, drawing on his personal interest in documentary photography and the restoration of archival images.\r\nAlongside online campaigns, Tadeáš actively participates in organizing regional editathons and strategically planning major community events, including the national Wiki-meetups (\"Wikisetkání\"). He leverages his extensive project management experience in the non-profit sector, as well as his role as the official chronicler of the city of Orlová, to create an efficient, modern, and inspiring environment for volunteer editors.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/HLYDTT/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 662,
      "title": "Offline Hands On, a panel-led workshop on the challenges of enabling Access to Free Knowledge",
      "track": "Community",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Room 4",
      "day": "2026-07-25",
      "start": "11:00",
      "duration": "01:25",
      "abstract": "A panel of contributors from different offline projects will lead a brainstorming session on how to make free and open knowledge accessible in remote areas. Speakers will share practical experiences while participants can connect to several offline systems available in the room and explore them directly on their own devices.\r\nThe session will address key challenges: sourcing equipment (from purpose-built devices and refurbished computers to low-cost solutions such as Raspberry Pi, including DIY approaches like 3D-printed cases and storage choices); working in difficult environments, where reliable power and connectivity cannot be assumed; apps and content, including how to deploy and customize platforms and integrate both global and locally developed materials; and collaborative knowledge sharing, enabling communities not only to access knowledge but also to record and share their own stories through text, audio, and video.\r\nA central goal of the workshop is to give participants a clear overview of the many offline solutions that exist today. Through hands-on demonstrations, speakers will present different hardware setups, power solutions, and software platforms such as IIAB and Kiwix, with examples of customization and content deployment. Participants will learn how to navigate what prospective users at times find to be a confusing landscape of technical choices and gain a practical understanding of how to design an offline knowledge system that fits their context.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/W3V3UT/",
      "speakers": [
        {
          "name": "benoit",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/U8WRHL/"
        },
        {
          "name": "Garba John",
          "bio": "GARBA JOHN, a software developer currently working on Internet in a Box in Minawao Refugee Camp. He works with the Endangered Language Documentation Program, and using IIAB to distribute resources to Refugees and students in the camp, offline.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/DJKVQK/"
        },
        {
          "name": "Goudi John",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/XWPQ9Y/"
        },
        {
          "name": "Doc James",
          "bio": "James Heilman is a Canadian emergency physician, Wikipedian, and advocate for the improvement of Wikipedia's health related content. He is a founder and current board chair of Wiki Project Med Foundation, a movement thematic organization.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/DYEQSU/"
        },
        {
          "name": "Pierpaolo Di Carlo",
          "bio": "I am a linguist working for the University of Naples \"L'Orientale\". I carry out research in the domain of the documentation of endangered languages. I have worked for more than 15 years with communities speaking minority languages in remote areas of Cameroon. While not directly, my work is relevant to the Wikimedia movement for a number of reasons. One example is the \"VirALLanguages\" project, which I led in 2020 and which aimed at widening access to COVID-19 preventive measures in ca. 100 minority languages in Cameroon, Pakistan, and Indonesia (also featured in a WHO Bulletin article). The projects that I design and direct always contain a strong community involvement component—which, in the past few years, has made me discover Internet-in-a-Box and offline knowledge production and sharing as a whole.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/KGTRQ8/"
        },
        {
          "name": "Stephane @Kiwix",
          "bio": "Stephane is the *other* Kiwix guy, making sure that whoever is planning to deploy content offline - be it Wikipedia or any other offline-compatible content- can do so.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/TQ8BRW/"
        },
        {
          "name": "Tim Moody",
          "bio": "Upon completion of his formal education, which focused on Asia and India in particular, Dr. Moody discovered a penchant and a proclivity for technology. He served as a Principal Consultant for Sybase, founding professional services groups first in Canada and subsequently in a number of Asian countries. As a serial entrepreneur he went on to co-found two software professional services firms of his own in Toronto.\r\n\r\nAfter retiring from active participation in his companies, Dr. Moody became engaged with the Internet in a Box project as a volunteer serving as an architect, lead developer, and evangelist. He continues to support IIAB projects and to speak at various conferences on providing the offline internet to those who lack an internet connection.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/CXFZ9J/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 820,
      "title": "🥗 Lunch meetup - First Wikimedia International: let's talk about workers' unions",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Room 4",
      "day": "2026-07-25",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "[Wiki Workers United](https://wikiworkersunited.org/) is a global [solidarity union](https://en.wikipedia.org/wiki/Solidarity_unionism) for the staff of the [Wikimedia Foundation](https://wikimediafoundation.org/), and the US employees of the Foundation are attempting to organize a labor union under US law. Many employees of the Foundation and affiliates outside the US already have labor unions which represent them. How can we build a dialog between these unions to advance the aims of the movement and those professionals employed to aid the movement? How can multiple nation-based unions coordinate to advocate for the needs of global workers? How does the labor union movement interact with the volunteerism which is the core of the Wikimedia movement communities?\r\n\r\nThis meet up is for professionals with employment in the Wikimedia movement, for discussions about how labor unions can help and work with our movement.\r\nIt is primarily intended for non-management staff of, or contractors to, the Wikimedia Foundation or its affiliate organizations, but is open to those with organizing experience more generally who can add their expertise to our conversation.\r\n\r\nJoin us for a discussion of these topics! In order to provide a safe forum for discussion, this meetup will not be recorded.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/7F9K9S/",
      "speakers": [
        {
          "name": "C. Scott Ananian",
          "bio": "C. Scott Ananian is an employee of the Wikimedia Foundation, working on Parsoid with the Content Transform Team. He has been a Wikimedian since 2005, originally contributing to articles on Modern Western Square Dance.\r\n\r\nPreviously, Dr. Ananian was a jack-of-all-trades for the One Laptop per Child Foundation. He received his PhD in computer science from MIT, and before joining OLPC was a local activist and organizer for copyright issues. He's a kernel hacker, part-time khipu researcher, and aperiodic tesselation aficionado. Now he tries to build robust and reliable systems to allow everyone to discover, share, and learn.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/WETULN/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 524,
      "title": "Women's solidarity in time of war: how ukrainian female wikipedians are building resilient networks of cooperation.",
      "track": "Education and Advocacy",
      "type": "Other",
      "language": "en",
      "room": "Room 4",
      "day": "2026-07-25",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "**The full-scale war in Ukraine has radically changed the life of the wiki community, but at the same time it has become a catalyst for women's solidarity. In our presentation, we will talk about how Ukrainian female Wikipedians and educators — despite shelling, blackouts, and forced displacement — not only continue their volunteer work on Wikipedia, but also create sustainable networks of mutual support.**",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/B8P7MA/",
      "speakers": [
        {
          "name": "Качуровська",
          "bio": "Editor of the Ukrainian Wikipedia, Wikipedia and Wikitravel patroller, founder of the WikiBar Educational Club. Organizer of Wikimarathons since 2017.\r\nCertified Wikipedia trainer. Active in Wikidata.\r\nParticipant and winner of the photo contests Wiki loves monuments and Wiki loves folklore. Active participant in various thematic competitions on Wikipedia. Co-organizer of the Thematic Week of Switzerland 2025.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/TSKUHX/"
        },
        {
          "name": "Zhanna Oleksiienko",
          "bio": "I have been a contributor to Ukrainian Wikipedia since April 2018. I have participated in numerous themed weeks, months, marathons and competitions, wiki competitions and projects, including WikiGap Challenge, She Did It, CEE Spring, and Wikipedia for School. Every year, I take part in the Wiki Loves Monuments and Wiki Loves Earth photo contests. I also took part in the 2022 scientific photography contest in Ukraine and won the ‘Wiki Loves Folklore’ photo contest. Every year since 2018, I have won one of the categories in the international Wiki Loves Monuments contest. Co-organiser of Switzerland Week 2025 on Ukrainian Wikipedia, organiser of Wikimarathons. Global edit count (approximately):\r\ncommons.wikimedia.org 8,561\r\n► uk.wikipedia.org 4,136\r\nwww.wikidata.org 617\r\nua.wikimedia.org 5\r\nmeta.wikimedia.org 1\r\nru.wikipedia.org 1\r\nAll projects 13,321\r\nCreated 600 articles\r\nWinner of European Spring, Transport Marathon, Ukrainian Language and Literature Week 2022, Joseph Conrad Week on Wikipedia, Investigative Journalism Month, Ukrainian Nature Illustration Month (with photos from photo contests), Ukrainian Language and Literature Week, US Contemporary Politics Month, and others.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/7W8AVA/"
        },
        {
          "name": "Liubov Suvernova Любов Суверньова",
          "bio": "Editor of the Ukrainian Wikipedia, participant and initiator of Wiki projects, winner of thematic contests: Women in STEM and Wikipedia for Schools.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/VBZEMN/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 762,
      "title": "Unpopular Opinions & Wild Ideas (Lightning Talk Meetup)",
      "track": "Wild Ideas",
      "type": "Other",
      "language": "en",
      "room": "Room 4",
      "day": "2026-07-25",
      "start": "16:00",
      "duration": "00:55",
      "abstract": "Building on the success of the Wikimania 2025 version, this lightning talk meetup invites Wikimedians to share “unpopular opinions” or “wild ideas” about the movement’s future. Whether it’s appointing admins by lottery, removing old policies, or challenging longstanding governance beliefs, the goal is to stir the pot without spilling it.\r\n\r\nThis session encourages respectful disruption to spark deeper conversations. We are looking for:\r\n\r\n* Ideas too bold for an RfC: Concepts needing a stage, not a survey.\r\n* Global Perspectives: Exploring how a “radical” idea on one Wikipedia language edition might be common sense on a smaller project, and vice versa.\r\n* Critiques with solutions: Radical fixes for persistent problems.\r\n* Satire with a point: Using humor to address institutional hurdles.\r\n\r\nFormat & Participation: Each speaker gets 5 minutes. To ensure a truly global dialogue, we will prioritize a diverse mix of voices—balancing contributors from the Global North and Global South, and editors from projects of varying sizes. We want to hear from \"fresh voices\" as much as we do from longtime contributors.\r\n\r\nDesigned as an evening social gathering, this is a space to laugh, cringe, cheer, or quietly nod. You might not agree with every idea, but you’ll leave thinking differently.\r\n\r\nThe Rules: Be bold, be constructive, don’t be mean, and strictly abide by the Friendly Space Policy.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/8LHXJF/",
      "speakers": [
        {
          "name": "Andrew Lih",
          "bio": "Andrew Lih has been a contributor to Wikipedia since 2003 and serves as an administrator on both the English Wikipedia and Wikidata. He is the author of The Wikipedia Revolution (2009), a chronicle of the platform’s early history and growth.\r\n\r\nHe has played a leading role in fostering collaboration between the Wikimedia community and cultural heritage institutions. In the United States, he currently serves as Wikimedian at Large at the Smithsonian Institution, the world’s largest museum and research complex. He previously worked as a Wikimedia strategist at The Metropolitan Museum of Art, helping to integrate its open access collections into Wikidata and Wikimedia Commons.\r\n\r\nIn 2024, he led the GLAM CSI (Contributor Study Initiative) project at the Smithsonian, funded by the Wikimedia Foundation, to analyze and improve the technical contribution workflows and document key user experiences within the GLAM Wiki community. In recognition of his contributions, he was named one of the first Wikimedia Laureates in 2022 for his lifetime work in advancing the Wikimedia movement.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/F7PMM8/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 3594,
      "title": "Community Wishlist: What's Next?",
      "track": "Community",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-25",
      "start": "09:30",
      "duration": "00:55",
      "abstract": "The Community Wishlist is evolving, and we want to design its future together.\r\n\r\nWe heard concerns that the current voting and prioritization process didn't meet community expectations, and that ideally a future wishlist would complement the Foundation's annual plans with dedicated wishlist work.\r\n\r\nThis session is a collaborative working session to co-create ideas for a first proposal for how wishes should be prioritized in the future. One important part of that work will be designing a transparent, community-driven prioritization framework, including how voting should work. These ideas will then serve to develop a first proposal that can then be shared on wiki for broader community discussion and refinement.\r\n\r\nSome of the questions we'll be discussing are:\r\n\r\n* Should wish submission be open year round?\r\n* How should voting work? For example, should participants have a fixed number of votes?\r\n* What triage should happen before voting begins?\r\n* What criteria should be used to prioritize wishes?\r\n* How might the wishlist surface big investment areas when needed?\r\n\r\nWhether you've participated in the Community Wishlist for years or are new to the process, we'd love your ideas. The goal is to leave the session with a concrete draft proposal shaped by the community.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/9XJYVM/",
      "speakers": [
        {
          "name": "Marshall Miller",
          "bio": "I am a senior director of product at WMF working with most of the teams that build the user-facing parts of reading and editing the wikis, and I've been at WMF for eight years. My username is MMiller (WMF), and you can find me on Discord @mmillerwmf.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/HNQGCV/"
        },
        {
          "name": "Sonja Perry",
          "bio": "I lead the product teams who are responsible for developing and maintaining the user experience for contributors at the Wikimedia Foundation. You can find out more about my work at https://www.mediawiki.org/wiki/Contributors/Strategy. I joined the Foundation in May 2024 and most enjoy contributing by translating articles into German.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/898TCB/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 553,
      "title": "Abstract Wikipedia workshop: Let's create a multi-lingual article!",
      "track": "Technology",
      "type": "Workshop (85 minutes)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-25",
      "start": "11:00",
      "duration": "01:25",
      "abstract": "Abstract Wikipedia is now the newest Wikimedia project, having launched earlier this year. We will show you how you can create an abstract article on the site, powered by Wikidata and Wikifunctions, and see it previewed in multiple languages. We will demonstrate how you can use this today on Abstract Wikipedia. We will showcase where you can help build up data about your topics on Wikidata, and words and builders for your language on Wikidata Lexemes and Wikifunctions. We will highlight how you might be able to use this in future on your local Wikipedia.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/AKFG8R/",
      "speakers": [
        {
          "name": "dvrandecic",
          "bio": "Head of Special Projects at the Wikimedia Foundation, Visiting Professor at King's College London, Wikipedia contributor, former member of the Board of Trustees of the Wikimedia Foundation, Founder Wikidata. Formerly an ontologist on the Google Knowledge Graph. PhD from KIT. Currently working on Wikifunctions and Abstract Wikipedia.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/RJRSZG/"
        },
        {
          "name": "jforrester",
          "bio": "James D. Forrester has been a Wikimedian volunteer since 2002, technical staff at the Wikimedia Foundation since 2012, and the technical lead for the Abstract Wikipedia team at the Wikimedia Foundation since 2020.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/R9X789/"
        },
        {
          "name": "Luca Martinelli [Sannita]",
          "bio": "Wikipedian since 2006, works at the Wikimedia Foundation as Movement Communications Specialist since 2021. You can find him dealing with Community Wishlist and Wikifunctions & Abstract Wikipedia.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/FJVR3Q/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 327,
      "title": "🥗 Lunch meetup: Wikimedians of Canada meetup / Rencontre de la communauté wiki du Canada",
      "track": "Meetup",
      "type": "Meetup or Lunch (one hour, in person only)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-25",
      "start": "13:30",
      "duration": "01:00",
      "abstract": "Wikimedia Canada is hosting a meet-up for any and all Wikimania attendees that are based out of Canada. We hope to facilitate connections and foster a sense of community between Canadian contributors.\r\n\r\nWikimédia Canada organise une rencontre pour toutes les personnes du Canada présentes à Wikimania. Nous espérons faciliter les liens et favoriser un sentiment d'appartenance à une communauté entre les contributeurs et les contributrices du Canada.",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/QXJMR7/",
      "speakers": [
        {
          "name": "SophieWMCA",
          "bio": "Wikimedia Canada (WMCA) is a charitable organization dedicated to the growth, development and dissemination of free knowledge in Canada.\r\n\r\nWikimédia Canada (WMCA) est un organisme de bienfaisance dévoué à la croissance, au développement et à la diffusion de la connaissance libre au Canada.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/PQPNHP/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 182,
      "title": "Adding sources to Wikidata Statements",
      "track": "Technology",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-25",
      "start": "14:30",
      "duration": "00:55",
      "abstract": "In the Workshop we will add sources to Wikidata Statements and it can lead to discussions about what sources are good and maybe also to Exchange about circular references. So cases where an external Site Takes the Wikimedia Projects Most likely Wikipedia or Wikidata as a source.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/8QD9KS/",
      "speakers": [
        {
          "name": "Hogü-456",
          "bio": "Participating in the Wikimedia Projects since January 2015. Interested in Abstract Wikipedia and Wikidata.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/3ZADDZ/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 310,
      "title": "Your Favourite Wikidata Templates in Action (hands-on session)",
      "track": "Technology",
      "type": "Workshop (55 minutes)",
      "language": "en",
      "room": "Classe numérique",
      "day": "2026-07-25",
      "start": "16:00",
      "duration": "00:55",
      "abstract": "Have you ever stumbled upon a beautifully dynamic list or a rich, complex infobox on a Wikipedia article and felt that spark of curiosity—asking yourself, 'How do I bring this magic home to my own community?'\r\nThis is an invitation to pull back the curtain on the most soulful and powerful Wikidata-driven templates moving through our global ecosystem. We’re turning the session into a collaborative wish list space. Bring the features you’ve been dreaming of, and together we’ll dive into bringing them to life in your articles. \r\nWe’ll keep our hearts centered on localizing these templates to reflect the community's identities. Think of this as our collective sandbox—a safe, creative environment to play with structured data. We plan for you to leave this session with the tools and the confidence to put Wikidata into action immediately.",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/VTFAE7/",
      "speakers": [
        {
          "name": "Ifeatu Nnaobi",
          "bio": "Ifeatu Nnaobi (she/they) is a storyteller exploring the intersection of technology and the human condition through queer, feminist, and migrant narratives. Their work, rooted in community and intersectionality, has been showcased at leading global festivals and institutions. As a Product Manager for the Wikidata Integrations Team at Wikimedia Deutschland, Ifeatu ensures that the 300+ language Wikipedia versions can access and share knowledge with readers through structured data. In a personal capacity, I enjoy contributing to Wikimedia Commons, working to present marginalised people and places through a decolonial lens.",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/ZNAX37/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 3465,
      "title": "Hackathon",
      "track": "Technology",
      "type": "Other",
      "language": "en",
      "room": "Loft",
      "day": "2026-07-25",
      "start": "09:00",
      "duration": "03:55",
      "abstract": "🗼 **Wikimania 2026** will provide two opportunities of creativity, collaboration, and innovation set against the vibrant city of Paris, France. A vital part of Wikimania is the creation of collaboration and learning spaces for technical contributors, curious Wikimedians and knowledge enthusiasts. During this year’s Wikimania, the technical space will host an event where developers, designers, researchers, editors, and community builders from around the world meet to collectively address technical challenges faced by the Wikimedia community.\r\nThe technical event will have two main components:\r\n\r\n* **Team Challenges** (pre-event and July 21-22): A hackathon-style event focused on team challenges that will bring together developers and non-developers, Wikimania attendees and the local technical community. Please see the [Team Challenges page](https://wikimania.wikimedia.org/wiki/2026:Team_challenges) for more details.\r\n* **Hackathon** (July 23-25): Similar to previous years, the Hackathon will provide an opportunity for the Wikimedia community to collaborate on technical projects and solve problems together.We want to enable newcomers, especially from non-developers backgrounds, to come to meet the Wikimedia communities and bring their own fresh point of view and skillsets! The Hackathon is open to Wikimania participants.\r\n\r\nMore information: https://wikimania.wikimedia.org/wiki/2026:Hackathon",
      "recorded": false,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/7GE8V7/",
      "speakers": [],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 3508,
      "title": "🎉 Closing party 🎉",
      "track": "Ceremonies and Showcases",
      "type": "Other",
      "language": "en",
      "room": " Virtual Room",
      "day": "2026-07-25",
      "start": "19:30",
      "duration": "02:00",
      "abstract": "-",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/VEXMH3/",
      "speakers": [],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 3621,
      "title": "Virtual room - Morning live",
      "track": "Unspecified",
      "type": "Other",
      "language": "en",
      "room": "📹 Virtual room",
      "day": "2026-07-25",
      "start": "09:00",
      "duration": "00:30",
      "abstract": "In rooms E-F\r\nProgram: [https://wikimania.wikimedia.org/wiki/2026:Virtual_room](https://wikimania.wikimedia.org/wiki/2026:Virtual_room)",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/LNQXVW/",
      "speakers": [
        {
          "name": "Islahaddow",
          "bio": "Isla studied fine art at university and is completing her Master's in African Studies and Media at the University of Cape Town. The common thread woven through her professional life is a single-minded dedication to showcasing the creative voices of Africa’s artists, filmmakers, broadcasters, photographers, poets, writers, and musicians. In 2011, her increasing investment in Africa’s creative and cultural voice and her curiosity about the open movement coincided with working on the WikiAfrica project and joining as a Wikimedian. In 2016, with Florence Devouard and Iolanda Pensa, she formalised these projects under the Wiki In Africa banner. It has been an incredible ride ever since then. Isla also works as the Communications Director for Open Education Global (OEGlobal).",
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/8YV8MK/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 3695,
      "title": "Posters session - live!",
      "track": "Unspecified",
      "type": "Other",
      "language": "en",
      "room": "📹 Virtual room",
      "day": "2026-07-25",
      "start": "10:00",
      "duration": "01:00",
      "abstract": "Join us for a live tour of the posters!",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/DUE7NH/",
      "speakers": [
        {
          "name": "Michael Barbereau",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/NDFQPS/"
        },
        {
          "name": "Zakaria",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/B3YAYB/"
        }
      ],
      "day_label": "Sat 25 Jul"
    },
    {
      "id": 3702,
      "title": "Virtual room Interviews",
      "track": "Unspecified",
      "type": "Other",
      "language": "en",
      "room": "📹 Virtual room",
      "day": "2026-07-25",
      "start": "13:30",
      "duration": "01:00",
      "abstract": ".",
      "recorded": true,
      "url": "https://wikimedia.eventyay.com/wm/wikimania2026/talk/HZPX8Q/",
      "speakers": [
        {
          "name": "Zakaria",
          "bio": null,
          "url": "https://wikimedia.eventyay.com/wm/wikimania2026/speakers/B3YAYB/"
        }
      ],
      "day_label": "Sat 25 Jul"
    }
  ],
  "filters": {
    "tracks": [
      "Artificial intelligence",
      "Ceremonies and Showcases",
      "Community",
      "Education and Advocacy",
      "GLAM and Partnerships",
      "Governance & Strategy",
      "Meetup",
      "New Generations",
      "Research",
      "Technology",
      "Unspecified",
      "Wild Ideas"
    ],
    "days": [
      {
        "value": "2026-07-21",
        "label": "Tue 21 Jul"
      },
      {
        "value": "2026-07-22",
        "label": "Wed 22 Jul"
      },
      {
        "value": "2026-07-23",
        "label": "Thu 23 Jul"
      },
      {
        "value": "2026-07-24",
        "label": "Fri 24 Jul"
      },
      {
        "value": "2026-07-25",
        "label": "Sat 25 Jul"
      }
    ],
    "languages": [
      "ar",
      "en",
      "es",
      "fr"
    ],
    "types": [
      "Lightning talk (5 minutes, in person only)",
      "Lightning talk Showcase",
      "Lightning talks series",
      "Meetup or Lunch (one hour, in person only)",
      "Other",
      "Panel (55 minutes)",
      "Preconference (full day)",
      "Preconference (full day, in person only)",
      "Preconference (half day, in person only)",
      "Workshop (25 minutes)",
      "Workshop (55 minutes)",
      "Workshop (85 minutes)",
      "[research track] 5+5 minutes"
    ],
    "rooms": [
      " Virtual Room",
      "Agora 🌐",
      "Amphitheatre 🌐",
      "Classe numérique",
      "Est Room 🌐",
      "Loft",
      "Ouest Room 🌐",
      "Room 2",
      "Room 3",
      "Room 4",
      "Room C+D (in-person only)",
      "📹 Virtual room"
    ]
  }
};