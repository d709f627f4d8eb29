var papersData = {
    "6": {
        "title": "Delineating the field of language evolution research: A quantitative study of submission types and peer-review patterns at the Joint Conference on Language Evolution (JCoLE)",
        "authors": [
            "Stefan Hartmann",
            "Yannick Jadoul",
            "Rie Asano",
            "Evelina Daniela Rodrigues",
            "Daria Valente",
            "Andrea Ravignani",
            "Slawomir Wacewicz"
        ],
        "correspemails": [
            "hartmast@hhu.de",
            null,
            null,
            null,
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_6.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_6.bib",
            "ris": "bib/evolang15_6.ris",
            "copy": "Hartmann, S., Jadoul, Y., Asano, R., Rodrigues, E. D., Valente, D., Ravignani, A. & Wacewicz, S. (2024). Delineating the field of language evolution research: A quantitative study of submission types and peer-review patterns at the Joint Conference on Language Evolution (JCoLE). In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Delineating+the+field+of+language+evolution+research%3A+A+quantitative+study+of+submission+types+and+peer-review+patterns+at+the+Joint+Conference+on+Language+Evolution+%28JCoLE%29%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D6",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D6&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Delineating+the+field+of+language+evolution+research%3A+A+quantitative+study+of+submission+types+and+peer-review+patterns+at+the+Joint+Conference+on+Language+Evolution+%28JCoLE%29%22+%23EvolangXV"
        },
        "summary": "Like any field of research, language evolution research is in constant flux. As such, it seems promising to find bottom-up answers on what is seen as central, and what as more peripheral, in current language evolution research. In this paper, we draw on submission data from the Joint Conference on Language Evolution 2022 to address this question in more detail. We combine an analysis of submission numbers per topic and review scores (consisting of overall scores and relevance ratings) with a bottom-up, data-driven approach that uses quantitative text mining methods to detect \"communities\" in the JCoLE submissions based on 150-word abstracts like the one you are currently reading. In sum, our results lend further support to previous scientometric studies that have shown that language evolution research is a highly interdisciplinary field whose members particularly value empirical work targeting fairly broad-scope research questions with a special focus on cultural evolution.",
        "keywords": [
            "scientometrics, language evolution research, joint conference on language evolution (jcole)"
        ],
        "weburl": "paper.html?nr=6",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "7": {
        "title": "Why are languages skewed? A Bayesian account for how skew and type count, but not entropy, facilitate rule generalisation",
        "authors": [
            "Elizabeth Pankratz",
            "Simon Kirby",
            "Jennifer Culbertson"
        ],
        "correspemails": [
            "e.c.pankratz@sms.ed.ac.uk",
            null,
            null
        ],
        "download": "papers/evolang15_paper_7.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_7.bib",
            "ris": "bib/evolang15_7.ris",
            "copy": "Pankratz, E., Kirby, S. & Culbertson, J. (2024). Why are languages skewed? A Bayesian account for how skew and type count, but not entropy, facilitate rule generalisation. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Why+are+languages+skewed%3F+A+Bayesian+account+for+how+skew+and+type+count%2C+but+not+entropy%2C+facilitate+rule+generalisation%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D7",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D7&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Why+are+languages+skewed%3F+A+Bayesian+account+for+how+skew+and+type+count%2C+but+not+entropy%2C+facilitate+rule+generalisation%22+%23EvolangXV"
        },
        "summary": "One reason that languages come to have the properties they do is because those properties make a language easier to learn, its rules easier to generalise. In an artificial language learning experiment, we investigate which statistical properties of a language help people to decide whether a linguistic rule can be extended to new instances. In line with previous empirical results, we find that rules are more readily generalised when they apply to items that follow a skewed frequency distribution or when they apply to more distinct item types. These results are not compatible with previous explanations of rule generalisation that are based solely on Shannon entropy. We propose instead that the explanation follows from participants reasoning in a probabilistic, Bayesian way, and that ultimately, probabilistic reasoning of the kind we observe may shape the statistical structure of language.",
        "keywords": [
            "generalisation, statistical structure, shannon entropy, artificial language learning, bayesian reasoning"
        ],
        "weburl": "paper.html?nr=7",
        "date": "Monday, May 20, 2024",
        "time": "11:05",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "11:05",
        "calendar_endTime": "11:30",
        "extra": null
    },
    "10": {
        "title": "An event-based model for linguistic phylogenetics",
        "authors": [
            "David M Goldstein",
            "Shawn H. McCreight",
            "\u00c9va Buchi",
            "John Huelsenbeck"
        ],
        "correspemails": [
            "goldsteindm@gmail.com",
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_10.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_10.bib",
            "ris": "bib/evolang15_10.ris",
            "copy": "Goldstein, D. M., McCreight, S. H., Buchi, \u00c9. & Huelsenbeck, J. (2024). An event-based model for linguistic phylogenetics. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22An+event-based+model+for+linguistic+phylogenetics%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D10",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D10&quote=Check+out+this+paper+from+Evolang+XV%3A+%22An+event-based+model+for+linguistic+phylogenetics%22+%23EvolangXV"
        },
        "summary": "Linguistic phylogenies are standardly inferred from lexical cognate relationships (e.g., Bouckaert et al. 2012, Chang et al. 2015, Sagart et al. 2019). Despite the prevalence of this practice, it suffers from well-known drawbacks. First, it disregards the phylogenetic signal that exists in the form of the words themselves. Second, it limits the modeling possibilities since it relies on an arbitrary coding of the data. In this talk, I introduce a novel framework for linguistic phylogenetics that overcomes both of these shortcomings. The heart of this framework is the TKF91 model (Thorne et al. 1991), which allows phylogenetic inference to be carried out directly from cognate word-forms. This model not only opens up a new horizon in the study of linguistic phylogenetics, but allows historical linguists to investigate questions of sound change that were previously out of reach.",
        "keywords": [
            "phylogenetics, computational methods, historical linguistics, phonology, evolutionary linguistics"
        ],
        "weburl": "paper.html?nr=10",
        "date": "Monday, May 20, 2024",
        "time": "16:10",
        "location": "Ballroom D (Track 4)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "16:10",
        "calendar_endTime": "16:35",
        "extra": null
    },
    "11": {
        "title": "The phoneme as cognitive technology",
        "authors": [
            "Caleb Everett",
            "Steven Moran",
            "Axel G. Ekstr\u00f6m"
        ],
        "correspemails": [
            null,
            null,
            "axeleks@kth.se"
        ],
        "download": "papers/evolang15_paper_11.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_11.bib",
            "ris": "bib/evolang15_11.ris",
            "copy": "Everett, C., Moran, S. & Ekstr\u00f6m, A. G. (2024). The phoneme as cognitive technology. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+phoneme+as+cognitive+technology%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D11",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D11&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+phoneme+as+cognitive+technology%22+%23EvolangXV"
        },
        "summary": "Languages make consistent and deliberate use of a relatively narrow set of contrastive speech sounds (phonemes). We argue that phonological systems constitute cognitive tools, supporting, guiding, and extending speaker cognitive capacities. We make several claims toward this point. First, compared with the communication systems of nonhuman animals, the consistent and socially deliberated use and reuse of phonemes enables rapid information transmission rates through syllabic speech. Second, native-language input provides developing human infants with acoustic-perceptual goals, the replication or quasi-replication of which, serve as a marker of emergent social consciousness and identity. Third, exposure to systems of speech sounds bias human perceptual systems toward selective perception of environmental sounds as speech-like, including the calls of other animals. Our view complements cognitive linguistic perspectives on human perception and consciousness by emphasizing the sounds of speech themselves.",
        "keywords": [
            "cognitive technology, phonetics, phonology, speech perception"
        ],
        "weburl": "paper.html?nr=11",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "12": {
        "title": "Shared context helps maintain lexical variation",
        "authors": [
            "Katie Mudd",
            "Marieke Schouwstra"
        ],
        "correspemails": [
            "katie.mudd@ai.vub.ac.be",
            null
        ],
        "download": "papers/evolang15_paper_12.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_12.bib",
            "ris": "bib/evolang15_12.ris",
            "copy": "Mudd, K. & Schouwstra, M. (2024). Shared context helps maintain lexical variation. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Shared+context+helps+maintain+lexical+variation%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D12",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D12&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Shared+context+helps+maintain+lexical+variation%22+%23EvolangXV"
        },
        "summary": "We study the relationship between the degree of shared context and lexical variation, which is hypothesized to be influenced by iconicity. To do so, we ran an online experiment where dyads played a communication game. The degree of shared context that dyads had was varied across three different conditions, and we studied how that affected the amount of lexical variation. We find that lexical variation is affected by shared context: dyads with more shared context maintain more of the lexical variation that is initially present compared to dyads with less shared context. We find that the degree of shared context also affects the lexical preferences of participants: participants with less shared context use iconic strategies that are based on the appearance of stimuli.",
        "keywords": [
            "lexical variation, gesture, linguistic niche hypothesis"
        ],
        "weburl": "paper.html?nr=12",
        "date": "Tuesday, May 21, 2024",
        "time": "10:55",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "10:55",
        "calendar_endTime": "11:20",
        "extra": null
    },
    "13": {
        "title": "The mind finds meaning in the sounds of language",
        "authors": [
            "Sayuri Hayakawa",
            "Viorica Marian"
        ],
        "correspemails": [
            "sayuri.hayakawa@okstate.edu",
            null
        ],
        "download": null,
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_13.bib",
            "ris": "bib/evolang15_13.ris",
            "copy": "Hayakawa, S. & Marian, V. (2024). The mind finds meaning in the sounds of language. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+mind+finds+meaning+in+the+sounds+of+language%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D13",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D13&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+mind+finds+meaning+in+the+sounds+of+language%22+%23EvolangXV"
        },
        "summary": "A defining attribute of human language is the seemingly arbitrary association between a word\u2019s form and meaning. We provide evidence that challenges this assumption, and reveals that the meaning of foreign words can be partially deduced based on phonological forms. Monolingual English speakers listened to 45 antonym word-pairs in nine unknown foreign languages and inferred which English configurations corresponded to their meanings. Despite no foreign language experience, participants\u2019 accuracy was higher than chance in each language. Words that shared meaning across languages were more likely to share phonological form. Extraction of meaning from form was predicted by verbal working memory and by how consistently phonological and semantic features of words covaried across unrelated languages. A follow-up study with native Spanish speakers replicated the results. We conclude that sound maps to meaning across a wide range of natural languages with some regularity, and sensitivity to form-meaning mappings indexes broader cognitive functions.",
        "keywords": [
            "language, form and meaning, phonology, semantics, verbal working memory"
        ],
        "weburl": "paper.html?nr=13",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": null,
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "14": {
        "title": "Using genetics to investigate the evolution of language and speech: New findings on musicality and vocal acoustics",
        "authors": [
            "Rosa Signy Gisladottir",
            "Kari Stefansson"
        ],
        "correspemails": [
            "rosas@hi.is",
            null
        ],
        "download": "papers/evolang15_paper_14.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_14.bib",
            "ris": "bib/evolang15_14.ris",
            "copy": "Gisladottir, R. S. & Stefansson, K. (2024). Using genetics to investigate the evolution of language and speech: New findings on musicality and vocal acoustics. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Using+genetics+to+investigate+the+evolution+of+language+and+speech%3A+New+findings+on+musicality+and+vocal+acoustics%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D14",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D14&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Using+genetics+to+investigate+the+evolution+of+language+and+speech%3A+New+findings+on+musicality+and+vocal+acoustics%22+%23EvolangXV"
        },
        "summary": "Genetic data have for over 20 years been recognized as one of the most promising avenues for empirical language evolution research. Here we discuss new findings from genome-wide association studies (GWAS) on speech acoustics (N\u224813,000) and musicality traits (N\u224820,000). Our aim is to illustrate the different ways in which genetic research can test and inform theorizing on the evolution of language and speech broadly construed. First, we use a comparative analysis of human vs. primate and archaic human genomes to gain insights into a gene influencing voice pitch in humans. We then present findings on single nucleotide polymorphism heritability of vowel formants which have bearing for the proposal that genetic biases contribute to linguistic diversity. Finally, we test predictions of musical protolanguage accounts, showing phenotypic and genetic correlations between musicality and traits related to speech and language. We conclude with a discussion on the pitfalls and outlook for GWAS in language evolution research.",
        "keywords": [
            "genetics, musicality, speech, vocal behavior, evolution"
        ],
        "weburl": "paper.html?nr=14",
        "date": "Sunday, May 19, 2024",
        "time": "11:30",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "11:30",
        "calendar_endTime": "11:55",
        "extra": null
    },
    "15": {
        "title": "Spontaneous emergence of large shared signalling systems with and without referential transmission",
        "authors": [
            "Richard A Blythe",
            "Casimir Fisch"
        ],
        "correspemails": [
            "r.a.blythe@ed.ac.uk",
            null
        ],
        "download": "papers/evolang15_paper_15.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_15.bib",
            "ris": "bib/evolang15_15.ris",
            "copy": "Blythe, R. A. & Fisch, C. (2024). Spontaneous emergence of large shared signalling systems with and without referential transmission. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Spontaneous+emergence+of+large+shared+signalling+systems+with+and+without+referential+transmission%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D15",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D15&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Spontaneous+emergence+of+large+shared+signalling+systems+with+and+without+referential+transmission%22+%23EvolangXV"
        },
        "summary": "It is well established through models and experiments that shared systems of relationships between meanings and signals can spontaneously emerge through communicative interactions, at least at the limited scales that can be reached in simulations or the laboratory. Through an appropriate mathematical analysis, we first show that even the most simple reinforcement-learning-based model of communication scales up to the formation of arbitrarily many meaning-signal relationships in populations of any size. We further show that such systems can be built even when agents have no means to determine whether an intended meaning was correctly inferred or not, an ability that is usually assumed to pre-exist. By appealing to cross-situational learning, we show that agents without the ability to communicate referential information can acquire it over time through repeated interactions.",
        "keywords": [
            "optimal signalling, reinforcement learning, cross-situational learning, feedback, linear stability analysis"
        ],
        "weburl": "paper.html?nr=15",
        "date": "Tuesday, May 21, 2024",
        "time": "15:15",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "15:15",
        "calendar_endTime": "15:40",
        "extra": null
    },
    "16": {
        "title": "Exploring systematic phonological cues in language: A comparative study across 60 languages from 13 families",
        "authors": [
            "Nicole Tamer",
            "Paul Widmer"
        ],
        "correspemails": [
            "nicole.tamer@uzh.ch",
            null
        ],
        "download": "papers/evolang15_paper_16.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_16.bib",
            "ris": "bib/evolang15_16.ris",
            "copy": "Tamer, N. & Widmer, P. (2024). Exploring systematic phonological cues in language: A comparative study across 60 languages from 13 families. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Exploring+systematic+phonological+cues+in+language%3A+A+comparative+study+across+60+languages+from+13+families%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D16",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D16&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Exploring+systematic+phonological+cues+in+language%3A+A+comparative+study+across+60+languages+from+13+families%22+%23EvolangXV"
        },
        "summary": "Languages use subtle systematic phonological and prosodic cues to differentiate between word classes and categories. Understanding the prevalence and mechanisms of this systematicity is crucial to elucidate its roots and role in the emergence of large grammatical and lexical inventories. To address the research gaps of previous studies, which included only a small sample heavily biased towards modern Western European languages, we carried out a more thorough analysis of the prevalence of systematicity by collecting grammatical information from 40 modern and extinct Indo-European languages as well as 20 non-Indo-European languages. Specifically, we examined phonological cues towards grammatical categories of the first phoneme to capture the initial word comprehension advantages of systematicity across languages and their families and understand the evolutionary origins better.",
        "keywords": [
            "language evolution, non-arbitrariness, systematicity, diversification"
        ],
        "weburl": "paper.html?nr=16",
        "date": "Monday, May 20, 2024",
        "time": "14:50",
        "location": "Ballroom D (Track 4)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "14:50",
        "calendar_endTime": "15:15",
        "extra": null
    },
    "17": {
        "title": "Representing space in silent gesture: Communicative contexts compared in Bali",
        "authors": [
            "Danielle Naegeli",
            "David Peeters",
            "Emiel Krahmer",
            "Marieke Schouwstra",
            "Made Sri Satyawati",
            "Connie de Vos"
        ],
        "correspemails": [
            "d.s.u.naegeli@tilburguniversity.edu",
            null,
            null,
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_17.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_17.bib",
            "ris": "bib/evolang15_17.ris",
            "copy": "Naegeli, D., Peeters, D., Krahmer, E., Schouwstra, M., Satyawati, M. S. & de Vos, C. (2024). Representing space in silent gesture: Communicative contexts compared in Bali. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Representing+space+in+silent+gesture%3A+Communicative+contexts+compared+in+Bali%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D17",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D17&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Representing+space+in+silent+gesture%3A+Communicative+contexts+compared+in+Bali%22+%23EvolangXV"
        },
        "summary": "Cultures across the world conceptualise space differently. While people in the Netherlands mainly rely on a relative Frame of Reference (egocentric), Balinese people traditionally use a landmark-based system (geocentric). Here we investigated how spatial information is encoded by participants from these cultures when they can only use silent gesture, thus avoiding a potential direct influence of concurrent spoken language. We also tested if participants would change their strategies depending on aspects of the communicative context. Concretely, participants were asked to produce gestural depictions of spatial arrays in three communicative contexts: non-interactive, interactive, and interactive with ambiguity introduced into the meaning space. A preliminary analysis of the Balinese data showed that participants predominantly used mirror-image depiction or absolute translation, and that the number of incomplete depictions plummeted once an interlocutor was introduced. Our findings shed light on the interplay between culture and communicative setting in the representation and depiction of space.",
        "keywords": [
            "spatial representation, silent gesture, frame of reference"
        ],
        "weburl": "paper.html?nr=17",
        "date": "Tuesday, May 21, 2024",
        "time": "14:25",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "14:25",
        "calendar_endTime": "14:50",
        "extra": null
    },
    "18": {
        "title": "Compression in killer whale pulsed calls",
        "authors": [
            "Javier Almunia",
            "Jonas Philipp L\u00fcke",
            "Fernando Luis Rosa Gonz\u00e1lez",
            "Ramon Ferrer-i-Cancho"
        ],
        "correspemails": [
            null,
            null,
            null,
            "rferrericancho@cs.upc.edu"
        ],
        "download": "papers/evolang15_paper_18.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_18.bib",
            "ris": "bib/evolang15_18.ris",
            "copy": "Almunia, J., L\u00fcke, J. P., Gonz\u00e1lez, F. L. R. & Ferrer-i-Cancho, R. (2024). Compression in killer whale pulsed calls. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Compression+in+killer+whale+pulsed+calls%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D18",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D18&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Compression+in+killer+whale+pulsed+calls%22+%23EvolangXV"
        },
        "summary": "Killer whales regulate group movements and cohesion via acoustic communication and exhibit \u201cdialects\u201d that are culturally transmitted. Here investigate the manifestation of the principle of compression, namely, the pressure to reduce the duration of vocalizations, in pulsed calls produced by captive killer whales. First, we find weak but significant agreement with a prediction of compression, namely Zipf's law of abbreviation. Second, we measure the degree of optimality of killer whale pulsed call durations using a novel score that indicates that they are 33% optimal. Third, we compare such degree of optimality against the optimality of word durations in human languages (46 languages, 12 families). We find that the degree of optimality of durations in killer whales is smaller than in human languages except for one language. Finally, we investigate the temporal evolution of that optimality. We find no tendency in killer whales: neither towards increasing optimality nor towards decreasing optimality.",
        "keywords": [
            "killer whales, law of abbreviation, compression"
        ],
        "weburl": "paper.html?nr=18",
        "date": "Monday, May 20, 2024",
        "time": "10:40",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "10:40",
        "calendar_endTime": "11:05",
        "extra": null
    },
    "19": {
        "title": "Natural-language-like systematicity from a constraint on excess entropy",
        "authors": [
            "Richard Futrell"
        ],
        "correspemails": [
            null
        ],
        "download": null,
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_19.bib",
            "ris": "bib/evolang15_19.ris",
            "copy": "Futrell, R. (2024). Natural-language-like systematicity from a constraint on excess entropy. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Natural-language-like+systematicity+from+a+constraint+on+excess+entropy%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D19",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D19&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Natural-language-like+systematicity+from+a+constraint+on+excess+entropy%22+%23EvolangXV"
        },
        "summary": "Natural language is systematic: utterances are composed of individually meaningful parts which are typically concatenated together. We argue that natural-language-like systematicity arises in codes when they are constrained to have low excess entropy, which is the mutual information between the past and the future of a process. In three examples, we show that codes with natural-language-like systematicity have lower excess entropy than matched alternatives.",
        "keywords": [
            "systematicity, complexity, information theory"
        ],
        "weburl": "paper.html?nr=19",
        "date": "Sunday, May 19, 2024",
        "time": "13:55",
        "location": "Ballroom D (Track 4)",
        "prestype": "talk",
        "license": null,
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "13:55",
        "calendar_endTime": "14:20",
        "extra": null
    },
    "20": {
        "title": "Gender differences in linguistic complexity through time",
        "authors": [
            "Freek Van de Velde"
        ],
        "correspemails": [
            "freek.vandevelde@kuleuven.be"
        ],
        "download": "papers/evolang15_paper_20.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_20.bib",
            "ris": "bib/evolang15_20.ris",
            "copy": "Van de Velde, F. (2024). Gender differences in linguistic complexity through time. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Gender+differences+in+linguistic+complexity+through+time%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D20",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D20&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Gender+differences+in+linguistic+complexity+through+time%22+%23EvolangXV"
        },
        "summary": "This study looks at grammatical and lexical complexity of male and female authors in a 120 years\u2019 timespan (1880-1999) in a 200 million word corpus of Dutch. We build linear mixed models with complexity measures like depth of embedding and morphological complexity of words as outcome variables, and an interaction effect of the year of publication and the gender as the explanatory fixed effect. In line with earlier studies, both in sociolinguistics and in evolutionary linguistics, men are found to use more complex language. This, however, is only true for the earlier stages of the corpus. In the course of the 20th century, the gender gap is diminishing. This suggests that cultural factors are at play in what may be in origin an evolutionary evolved difference, as advocated by Miller (2002) and subsequent work.",
        "keywords": [
            "complexity; gender; diachrony; corpus linguistics; dutch"
        ],
        "weburl": "paper.html?nr=20",
        "date": "Sunday, May 19, 2024",
        "time": "11:05",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "11:05",
        "calendar_endTime": "11:30",
        "extra": null
    },
    "21": {
        "title": "Survival of the wittiest (not friendliest): The art and science of human evolution",
        "authors": [
            "Ljiljana Progovac"
        ],
        "correspemails": [
            "progovac@wayne.edu"
        ],
        "download": "papers/evolang15_paper_21.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_21.bib",
            "ris": "bib/evolang15_21.ris",
            "copy": "Progovac, L. (2024). Survival of the wittiest (not friendliest): The art and science of human evolution. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Survival+of+the+wittiest+%28not+friendliest%29%3A+The+art+and+science+of+human+evolution%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D21",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D21&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Survival+of+the+wittiest+%28not+friendliest%29%3A+The+art+and+science+of+human+evolution%22+%23EvolangXV"
        },
        "summary": "Research on language evolution has largely neglected the artistic dimension of language, including eloquence and wittiness, and yet the fitness in humans has been found to be correlated with linguistic prowess, and human mate choice even today is often influenced by displays of cognitive abilities through the creative use of language. My argument is that selection for quick-wittedness (\u201cusing words in a clever and funny way\u201d), specific to language and unique to humans, needs to be added to the complex picture of human evolution, relevant from the earliest stages of language. Wittiness is that kind of trait which allows competition (by \u2018outwitting\u2019 others) while at the same time favoring \u201cfriendliness\u201d in the sense that it provides an excellent platform for replacing physical aggression with verbal behavior. There are several previous findings, both theoretical and experimental, that have paved the way toward the view of human evolution as the \u201csurvival of the wittiest,\u201d offering better explanatory power than the \u201csurvival of the friendliest.\u201d",
        "keywords": [
            "survival of the wittiest, survival of the friendliest, sexual selection, proto-grammar, verbal aggression, humor"
        ],
        "weburl": "paper.html?nr=21",
        "date": "Sunday, May 19, 2024",
        "time": "10:15",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "10:15",
        "calendar_endTime": "10:40",
        "extra": null
    },
    "22": {
        "title": "Great ape interaction: Ladyginian but not Gricean",
        "authors": [
            "Thom Scott-Phillips",
            "Christophe Heintz"
        ],
        "correspemails": [
            "thom.scottphillips@gmail.com",
            null
        ],
        "download": "papers/evolang15_paper_22.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_22.bib",
            "ris": "bib/evolang15_22.ris",
            "copy": "Scott-Phillips, T. & Heintz, C. (2024). Great ape interaction: Ladyginian but not Gricean. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Great+ape+interaction%3A+Ladyginian+but+not+Gricean%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D22",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D22&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Great+ape+interaction%3A+Ladyginian+but+not+Gricean%22+%23EvolangXV"
        },
        "summary": "Non-human great apes inform one another in ways that can seem very humanlike. At the same time, there are also some manifest differences. How to account for these similarities and differences in a unified way remains a major challenge. Here we make a key distinction between the expression of intentions (Ladyginian) and the expression of specifically informative intentions (Gricean), and we situate this distinction within a \u2018special case of\u2019 framework for classifying different modes of attention manipulation. We hence distinguish several varieties of meaning that are continuous with one another. We conclude that the origins of linguistic meaning lie not in gradual changes in communication systems, but rather in gradual changes in social cognition.",
        "keywords": [
            "pragmatics, communication, interaction, comparative cognition, social cognition, grice"
        ],
        "weburl": "paper.html?nr=22",
        "date": "Monday, May 20, 2024",
        "time": "16:35",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "16:35",
        "calendar_endTime": "17:00",
        "extra": null
    },
    "23": {
        "title": "Scalar morphology: How linguistic complexity can become redundant, yet be actively maintained by analogy",
        "authors": [
            "Helen Sims-Williams",
            "J\u00e9r\u00e9my Pasqu\u00e9reau",
            "Matthew Baerman"
        ],
        "correspemails": [
            "h.sims-williams@surrey.ac.uk",
            null,
            null
        ],
        "download": "papers/evolang15_paper_23.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_23.bib",
            "ris": "bib/evolang15_23.ris",
            "copy": "Sims-Williams, H., Pasqu\u00e9reau, J. & Baerman, M. (2024). Scalar morphology: How linguistic complexity can become redundant, yet be actively maintained by analogy. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Scalar+morphology%3A+How+linguistic+complexity+can+become+redundant%2C+yet+be+actively+maintained+by+analogy%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D23",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D23&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Scalar+morphology%3A+How+linguistic+complexity+can+become+redundant%2C+yet+be+actively+maintained+by+analogy%22+%23EvolangXV"
        },
        "summary": "The Seri language exhibits a rare marking system we call scalar morphology. Verbs mark two features (subject and event number) with one set of suffixes, such that any suffix can appear in any cell of the paradigm. The high unpredictability of the system is mitigated by a typologically rare constraint: arranging the paradigm cells and the suffixes in one particular order yields a monotonic mapping between the two. We ask how scalar morphology could emerge and be maintained in language change. Using simulation experiments, we test the systemic effects of three models of production, showing that only an analogical model can account for its persistence. Using evidence from internal reconstruction, we argue that the linear ordering of the paradigm cells is a relic of an earlier system in which compositional suffixes marked a single scalar number feature, which is maintained by language change even though its original motivation has disappeared.",
        "keywords": [
            "seri, simulation experiments, morphology, language change, analogy, complexity"
        ],
        "weburl": "paper.html?nr=23",
        "date": "Sunday, May 19, 2024",
        "time": "13:30",
        "location": "Ballroom D (Track 4)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "13:30",
        "calendar_endTime": "13:55",
        "extra": null
    },
    "24": {
        "title": "Neural repurposing as a driving force in the Baldwinian coevolution of emotional and propositional communications",
        "authors": [
            "Piotr Podlipniak"
        ],
        "correspemails": [
            "podlip@amu.edu.pl"
        ],
        "download": "papers/evolang15_paper_24.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_24.bib",
            "ris": "bib/evolang15_24.ris",
            "copy": "Podlipniak, P. (2024). Neural repurposing as a driving force in the Baldwinian coevolution of emotional and propositional communications. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Neural+repurposing+as+a+driving+force+in+the+Baldwinian+coevolution+of+emotional+and+propositional+communications%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D24",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D24&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Neural+repurposing+as+a+driving+force+in+the+Baldwinian+coevolution+of+emotional+and+propositional+communications%22+%23EvolangXV"
        },
        "summary": "As speech prosody shares features with music, researchers have proposed that natural language evolved from a music-like protolanguage. However, speech prosody is involved in the transmission of propositional meaning. Additionally, speech prosody can be transduced into gestures in sign language. Also non-human primates exchange propositional meaning by means of invented gestures and vocalizations, which challenges the hypotheses of a music-like protolanguage. It is proposed that affective prosody, sound symbols, and pantomime were parts of a hominin communicative niche, but none of them were the main precursor of language. Instead, they started to interact in response to selective pressures resulting from increasing social complexity. As a driving force in this process, \u2018neural repurposing\u2019 is proposed. As a result, prosody were repurposed to fulfil new functions in the exchange of propositional meaning e.g. to indicate grammatical mood. Baldwinian evolution could have led to the genetic canalization of the new function of prosody.",
        "keywords": [
            "neural repurposing, the baldwin effect, affective prosody, phonological system, music-like protolanguage, multidomain communicative niche"
        ],
        "weburl": "paper.html?nr=24",
        "date": "Monday, May 20, 2024",
        "time": "11:30",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "11:30",
        "calendar_endTime": "11:55",
        "extra": null
    },
    "25": {
        "title": "Social ambiguity and multimodal interactions in Guinea baboons",
        "authors": [
            "Lise Habib-Dassetto",
            "Mathilde Adet",
            "Jules Cauzinille",
            "Arthur Marques",
            "Alban Lemasson",
            "Cristel Portes",
            "Julie Gullstrand",
            "Marie Montant"
        ],
        "correspemails": [
            "habiblise@gmail.com",
            null,
            null,
            null,
            null,
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_25.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_25.bib",
            "ris": "bib/evolang15_25.ris",
            "copy": "Habib-Dassetto, L., Adet, M., Cauzinille, J., Marques, A., Lemasson, A., Portes, C., Gullstrand, J. & Montant, M. (2024). Social ambiguity and multimodal interactions in Guinea baboons. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Social+ambiguity+and+multimodal+interactions+in+Guinea+baboons%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D25",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D25&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Social+ambiguity+and+multimodal+interactions+in+Guinea+baboons%22+%23EvolangXV"
        },
        "summary": "In contemporary language evolution research, scholars increasingly view human language as a product of broader interactive abilities. Thus, studying complex interactional abilities in non-human primates helps in understanding communication evolution. The \"social complexity hypothesis for communicative complexity\" suggests that animals in complex social environments also exhibit a complex communication. Here, we study the intra-specific effect of sociality on the complexity of multimodal communicative interactions of a group of 18 captive Guinea baboons. We investigate the impact of dyadic relationships (sexes and interaction frequency) on interaction structure (diversity of units emitted, duration, speed, inter-individual overlap). We show that inter-sex interactions exhibit lower diversity of signals, while male-male interactions present more units per second and more inter-individual overlaps. The less individuals can predict interaction, and the riskier it is, the faster, more compressed and more demonstrative it will be. At the dyadic level, we show an effect of sociality on interactions\u2019 structure.",
        "keywords": [
            "primate communication, social life, interactional system, language evolution, social complexity hypothesis"
        ],
        "weburl": "paper.html?nr=25",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "26": {
        "title": "Investigating the diachronic development of phonological complexity as a latent process \u2013 A computational study using deep neural networks",
        "authors": [
            "Frederik Hartmann"
        ],
        "correspemails": [
            "Frederik.Hartmann@unt.edu"
        ],
        "download": null,
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_26.bib",
            "ris": "bib/evolang15_26.ris",
            "copy": "Hartmann, F. (2024). Investigating the diachronic development of phonological complexity as a latent process \u2013 A computational study using deep neural networks. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Investigating+the+diachronic+development+of+phonological+complexity+as+a+latent+process+%E2%80%93+A+computational+study+using+deep+neural+networks%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D26",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D26&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Investigating+the+diachronic+development+of+phonological+complexity+as+a+latent+process+%E2%80%93+A+computational+study+using+deep+neural+networks%22+%23EvolangXV"
        },
        "summary": "Enumerative approaches to phonological complexity are based on the analysis of quantifiable aspects of phonology (e.g. counting of syllables, phonological features, and tonal properties). However, how do the individual features in a phonological system diachronically behave vis-a-vis a language's overall phonological complexity? This study is concerned with deriving a common phonological  complexity value for each language in a phonological dataset based on their phonological features with computational means. I use deep neural network auto-encoders to construct a computationally-derived latent representation of phonological complexity. Through this process, the model creates a single phonological complexity value for every language based on how predictive each feature is for a language's overall complexity. The resulting distribution of these values has implications for how they and the feature interactions have arisen diachronically. We can compare this latent variable to the per-language sum of all features to see if the model can derive signal from the data. Analysis of this comparison shows that the model picks up on meaningful co-occurrence patterns among the features that influence the overall latent phonological complexity.\nThe main findings of this study are that the phonological features are almost exclusively positively correlated with complexity, meaning that there are no features that are mostly associated with low-complexity languages. Higher phonological complexity in one feature predicts higher phonological complexity in other features.",
        "keywords": [
            "phonological complexity, diachronic evolution, latent variables, deep learning"
        ],
        "weburl": "paper.html?nr=26",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": null,
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "27": {
        "title": "Pointing prevents the emergence of symbolic referential signals: Empirical tests in a common task framework",
        "authors": [
            "Kateryna Krykoniuk",
            "Fiona M. Jordan",
            "Sean G Roberts"
        ],
        "correspemails": [
            "k.krykoniuk@sheffield.ac.uk",
            null,
            null
        ],
        "download": "papers/evolang15_paper_27.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_27.bib",
            "ris": "bib/evolang15_27.ris",
            "copy": "Krykoniuk, K., Jordan, F. M. & Roberts, S. G. (2024). Pointing prevents the emergence of symbolic referential signals: Empirical tests in a common task framework. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Pointing+prevents+the+emergence+of+symbolic+referential+signals%3A+Empirical+tests+in+a+common+task+framework%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D27",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D27&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Pointing+prevents+the+emergence+of+symbolic+referential+signals%3A+Empirical+tests+in+a+common+task+framework%22+%23EvolangXV"
        },
        "summary": "Two experiments tested the conditions under which symbolic referential communication systems emerge. Naive participants were placed in an \u2018arena\u2019 with conditions that were predicted to motivate the emergence of a symbolic system. However, this failed to occur in an arena based on collaborative building under several conditions due to the effectiveness of pointing. In contrast, an arena based on maintaining a fire provided a need to communicate distal meanings and led to greater likelihood of symbol system emergence. We present a tentative causal model that explains the results and suggests future studies.",
        "keywords": [
            "symbols, cultural evolution"
        ],
        "weburl": "paper.html?nr=27",
        "date": "Tuesday, May 21, 2024",
        "time": "14:00",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "14:00",
        "calendar_endTime": "14:25",
        "extra": null
    },
    "28": {
        "title": "The evolution of language and human rationality",
        "authors": [
            "Robert Peel Worden"
        ],
        "correspemails": [
            null
        ],
        "download": "papers/evolang15_paper_28.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_28.bib",
            "ris": "bib/evolang15_28.ris",
            "copy": "Worden, R. P. (2024). The evolution of language and human rationality. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+evolution+of+language+and+human+rationality%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D28",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D28&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+evolution+of+language+and+human+rationality%22+%23EvolangXV"
        },
        "summary": "If language evolved by sexual selection to display superior intelligence, that could account for the uniqueness of human language, and the great metabolic cost of our large brains. Language supports rational verbal thought, but may also be the source of a darker, irrational side of human nature. We use a Theory of Mind (ToM) to infer the thoughts, feelings and intentions of any conversational partner. In private verbal thought, this ToM may be unreliable, leading us to form an inaccurate sense of ourselves as we think other people see us \u2013 a distorted self-esteem. This can lead to irrational emotions and behaviour, such as group-think and tribalism.",
        "keywords": [
            "sexual selection, theory of mind, verbal thought, shadow audience, self-esteem, emotion, group-think"
        ],
        "weburl": "paper.html?nr=28",
        "date": "Sunday, May 19, 2024",
        "time": "10:40",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "10:40",
        "calendar_endTime": "11:05",
        "extra": null
    },
    "29": {
        "title": "Multivariate genome-wide association study of language-related human brain white matter tracts demonstrates high polygenicity",
        "authors": [
            "Yasmina Mekki"
        ],
        "correspemails": [
            "yas.mekki@gmail.com"
        ],
        "download": "papers/evolang15_paper_29.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_29.bib",
            "ris": "bib/evolang15_29.ris",
            "copy": "Mekki, Y. (2024). Multivariate genome-wide association study of language-related human brain white matter tracts demonstrates high polygenicity. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Multivariate+genome-wide+association+study+of+language-related+human+brain+white+matter+tracts+demonstrates+high+polygenicity%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D29",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D29&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Multivariate+genome-wide+association+study+of+language-related+human+brain+white+matter+tracts+demonstrates+high+polygenicity%22+%23EvolangXV"
        },
        "summary": "Language is a central component of human life. Its complex underlying genetic architecture remains largely unknown. Here, we performed a multivariate genome-wide association scanning of 31,465 adults brain\u2019s volume of human language white matter tracts and identified 268 independent genome-wide significant loci. Potential genetic mechanisms of language related to neurodevelopment, with a significant functional enrichment of genes involved in different brain organization, including the pathways of neurogenesis, neuronal differentiation, and embryonic brain expression were identified. This preliminary work represents a step forward towards understanding how genes influence the language network brain structures, complementing behavioral and brain functional studies.",
        "keywords": [
            "imaging genetics, diffusion mri, language network, uk biobank, multivariate joint analysis"
        ],
        "weburl": "paper.html?nr=29",
        "date": "Sunday, May 19, 2024",
        "time": "13:30",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": null,
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "13:30",
        "calendar_endTime": "13:55",
        "extra": null
    },
    "30": {
        "title": "The study of sign languages and gesture at Evolang conferences",
        "authors": [
            "Felicia Bisnath",
            "Molly Flaherty"
        ],
        "correspemails": [
            "fbisnath@umich.edu",
            null
        ],
        "download": "papers/evolang15_paper_30.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_30.bib",
            "ris": "bib/evolang15_30.ris",
            "copy": "Bisnath, F. & Flaherty, M. (2024). The study of sign languages and gesture at Evolang conferences. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+study+of+sign+languages+and+gesture+at+Evolang+conferences%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D30",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D30&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+study+of+sign+languages+and+gesture+at+Evolang+conferences%22+%23EvolangXV"
        },
        "summary": "What would a na\u00efve attendee at Evolang glean about sign languages and gesture solely based on Evolang presentations? The presence of these topics at Evolang is complex because their clear theoretical and methodological importance in language evolution (Brentari & Coppola, 2012; Sandler, 2013; Ben\u00edtez-Burraco, 2015) cannot be divorced from the fact that sign language creators are deaf/hard-of-hearing people, who are dehumanised, deprived of language, and excluded from the academy (Woodcock, Rohan, & Campbell, 2007; Lane, 2017). These facts influence their study, and motivate evaluation of their framing in language evolution. This study explores two aspects of sign and gesture related topics at Evolang: (i) the diversity of sign languages and study methods to identify how language evolution understands manual communication, and (ii) the arguments that sign language and gesture are invoked in to evaluate the latter\u2019s juxtaposition with broader themes in language evolution.",
        "keywords": [
            "sign language, evolang, diversity"
        ],
        "weburl": "paper.html?nr=30",
        "date": "Sunday, May 19, 2024",
        "time": "10:15",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "10:15",
        "calendar_endTime": "10:40",
        "extra": "ASL interpretation"
    },
    "31": {
        "title": "Cognitive biases explain constrained variation in noun classification",
        "authors": [
            "Ponrawee Prasertsom",
            "Kenny Smith",
            "Jennifer Culbertson"
        ],
        "correspemails": [
            "ponrawee.prasertsom@ed.ac.uk",
            null,
            null
        ],
        "download": "papers/evolang15_paper_31.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_31.bib",
            "ris": "bib/evolang15_31.ris",
            "copy": "Prasertsom, P., Smith, K. & Culbertson, J. (2024). Cognitive biases explain constrained variation in noun classification. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Cognitive+biases+explain+constrained+variation+in+noun+classification%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D31",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D31&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Cognitive+biases+explain+constrained+variation+in+noun+classification%22+%23EvolangXV"
        },
        "summary": "A central issue in language evolution is how to explain the apparently constrained\nvariation across the world\u2019s languages. Noun classification systems (gender, noun classes, classifiers) constitute one such case of constrained variation: Some conceptual domains routinely form a basis for classifying nouns, such as animacy. Others, such as colour, do not, even though they are arguably salient in domains like vision. We propose that this is due to a cognitive bias for animacy and/or against colour. Through artificial noun class learning tasks, we show that participants learn animacy-based noun classification better than a colour-based one, and strongly prefer classifying nouns by animacy rather than colour when the input is compatible with both. We also show that participants prefer sorting images than by colour. Taken together, these results suggest that an animacy bias exists, is likely domain-general, and can explain the observed constrained variation in typology.",
        "keywords": [
            "constrained variation, typology, artificial language learning, cognitive bias, gender, noun class"
        ],
        "weburl": "paper.html?nr=31",
        "date": "Tuesday, May 21, 2024",
        "time": "14:00",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "14:00",
        "calendar_endTime": "14:25",
        "extra": null
    },
    "32": {
        "title": "Gesture as precursor to language: Evidence from bimodal bilingualism",
        "authors": [
            "Seyyed Hatam Tamimi Sad",
            "Ronnie Wilbur"
        ],
        "correspemails": [
            "shtamimi90@gmail.com",
            null
        ],
        "download": "papers/evolang15_paper_32.pdf",
        "supplementaryMaterial": "papers/evolang15_supplementary_material_32.pdf",
        "citations": {
            "bibtex": "bib/evolang15_32.bib",
            "ris": "bib/evolang15_32.ris",
            "copy": "Tamimi Sad, S. H. & Wilbur, R. (2024). Gesture as precursor to language: Evidence from bimodal bilingualism. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Gesture+as+precursor+to+language%3A+Evidence+from+bimodal+bilingualism%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D32",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D32&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Gesture+as+precursor+to+language%3A+Evidence+from+bimodal+bilingualism%22+%23EvolangXV"
        },
        "summary": "Two frequently cited hypotheses within the frameworks of language origin are (i) vocal origins and (ii) gestural origins (Van Schaik, 2016). Assuming that language has gestural origins, we make the claim that the human brain should be capable of the simultaneous production of two different grammars in two different modalities for the same proposition. We examined this claim through Iranian hearing bimodal bilinguals of Khuzestani Arabic and Sadat Tawaher Sign Language. The findings indicate that the bimodal bilingual brain actively hosts both languages in two different modalities and can produce them simultaneously, providing support for gesture as the first phylogenetic precursor of human language, for its historical connections with speech, and for a single integrated communication system that oversees both vocal and gestural communication. Furthermore, the results show that bimodal bilinguals avoid costly inhibitory control and additional processing costs by taking advantage of the suspension of articulatory constraints.",
        "keywords": [
            "bilingualism, gesture, sign language, speech, spoken language"
        ],
        "weburl": "paper.html?nr=32",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "34": {
        "title": "Multilevel phylogenetic inference of harmony in Indo-European",
        "authors": [
            "Yingqi Jing",
            "Joakim Nivre",
            "Michael Dunn"
        ],
        "correspemails": [
            "yingqi.jing@lingfil.uu.se",
            null,
            null
        ],
        "download": "papers/evolang15_paper_34.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_34.bib",
            "ris": "bib/evolang15_34.ris",
            "copy": "Jing, Y., Nivre, J. & Dunn, M. (2024). Multilevel phylogenetic inference of harmony in Indo-European. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Multilevel+phylogenetic+inference+of+harmony+in+Indo-European%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D34",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D34&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Multilevel+phylogenetic+inference+of+harmony+in+Indo-European%22+%23EvolangXV"
        },
        "summary": "One of the most well-known typological generalizations is that languages tend to order the grammatical head and its dependents in a consistent way (Greenberg, 1963; Dryer, 1992). For example, VO languages are more likely to have prepositions while OV languages are more likely to have postpositions. Over the past decades, new empirical findings and competing theories have been advanced to explain the word order harmony. These theories range from functional explanations focusing on cognitive and learning biases (Hawkins, 1983; Culbertson, Smolensky, & Legendre, 2012; Futrell, Levy, & Gibson, 2020), to alternative views, emphasizing the roles of cultural evolution and historical accidents in language change (Bybee, 1988; Dunn, Greenhill, Levinson, & Gray, 2011; Cristofaro, 2019). So far, there is little evolutionary evidence favoring or against harmony based on cross-linguistic corpus data, and it remains unclear whether the functional explanations can be reflected in the history of languages.",
        "keywords": [
            "word order harmony, multilevel phylogenetic inference, indo-european"
        ],
        "weburl": "paper.html?nr=34",
        "date": "Monday, May 20, 2024",
        "time": "11:30",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "11:30",
        "calendar_endTime": "11:55",
        "extra": null
    },
    "35": {
        "title": "A complex systems perspective on language evolution",
        "authors": [
            "J\u00e9r\u00f4me Michaud"
        ],
        "correspemails": [
            "jerome.michaud@mdu.se"
        ],
        "download": "papers/evolang15_paper_35.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_35.bib",
            "ris": "bib/evolang15_35.ris",
            "copy": "Michaud, J. (2024). A complex systems perspective on language evolution. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22A+complex+systems+perspective+on+language+evolution%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D35",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D35&quote=Check+out+this+paper+from+Evolang+XV%3A+%22A+complex+systems+perspective+on+language+evolution%22+%23EvolangXV"
        },
        "summary": "Language is acknowledged as a complex adaptive system, but its implications from a modeling perspective remain largely under-explored. This paper explores the application of complex systems theory, as formalized by Thurner, Hanel, and Klimek in their book, \"Introduction to the Theory of Complex Systems\" (2018), to the study of language evolution. Here we show that a simple agent-based model of language evolution that incorporates innovations, combinations, and the social transmission of cultural traits is sufficient to produce a rapid complexification of the linguistic systems in both evolutionary and developmental contexts. A key feature of this model, necessary for the emergence of complexity, is the ability to productively combine and selectively filter out traits. This highlights the importance of combinatorial interactions in the self-organization of linguistic systems. From a developmental perspective, it stresses the importance of acquiring a sufficient number of traits to bootstrap the complexity of natural language.",
        "keywords": [
            "complex systems, self-organization, emergence"
        ],
        "weburl": "paper.html?nr=35",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "36": {
        "title": "Semantics-based spontaneous compounding emergence in artificial sign languages",
        "authors": [
            "Oksana Tkachman",
            "Carla L. Hudson Kam"
        ],
        "correspemails": [
            "o.tkachman@alumni.ubc.ca",
            null
        ],
        "download": "papers/evolang15_paper_36.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_36.bib",
            "ris": "bib/evolang15_36.ris",
            "copy": "Tkachman, O. & Hudson Kam, C. L. (2024). Semantics-based spontaneous compounding emergence in artificial sign languages. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Semantics-based+spontaneous+compounding+emergence+in+artificial+sign+languages%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D36",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D36&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Semantics-based+spontaneous+compounding+emergence+in+artificial+sign+languages%22+%23EvolangXV"
        },
        "summary": "Compounding is a common word-formation process which creates new words by combining already existing words. We report on a sign-creation study where compounding emerged as a spontaneous word-formation strategy. Fifty sign-naive hearing English speakers were asked to create sign names for 100 objects for an artificial sign language. Forty-four participants reused earlier created signs in compound names for objects semantically or conceptually related to the earlier meaning. We excluded compounds where one of the signs indicated size or shape and compounds where all signs were unique. This left 1042 responses that were further grouped into sign families based on the reused sign: compound responses that included the same sign were considered a sign family. We identified 266 sign families (mean=5.54 per participant). We speculate that these particular categories all have a prototypical member which can be easily used as part of a compound for other members of the category.",
        "keywords": [
            "compounding, structure emergence, silent gesture, sign language"
        ],
        "weburl": "paper.html?nr=36",
        "date": "Sunday, May 19, 2024",
        "time": "11:05",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "11:05",
        "calendar_endTime": "11:30",
        "extra": "ASL interpretation"
    },
    "37": {
        "title": "The evolution of reference",
        "authors": [
            "Giulia Palazzolo"
        ],
        "correspemails": [
            "giulia.palazzolo.1@warwick.ac.uk"
        ],
        "download": "papers/evolang15_paper_37.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_37.bib",
            "ris": "bib/evolang15_37.ris",
            "copy": "Palazzolo, G. (2024). The evolution of reference. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+evolution+of+reference%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D37",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D37&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+evolution+of+reference%22+%23EvolangXV"
        },
        "summary": "An important question in the studies of language evolution is whether there are traces of reference in animal signaling behaviors; or if, by contrast, reference is a unique feature of human language. In the literature, there are three main theories which seek to characterize animal signaling behaviors as evolutionary precursors of linguistic reference: the theory of functional reference (Marler et al. 1992), the meaning attribution framework (Wheeler & Fischer, 2012), and the revised version of functional reference (Scarantino, 2013). In this talk, I will start by examining the different ways in which these theories conceptualize animal reference. Then, I will turn to spelling out some limits that these frameworks encounter as accounts of the evolution of linguistic reference. Drawing on studies of chimpanzees and bonobos\u2019 alarm calls, I will propose a novel account for the study of the evolution of linguistic reference.",
        "keywords": [
            "animal communication, animal reference, functional reference, meaning attribution, linguistic reference"
        ],
        "weburl": "paper.html?nr=37",
        "date": "Monday, May 20, 2024",
        "time": "16:10",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "16:10",
        "calendar_endTime": "16:35",
        "extra": null
    },
    "38": {
        "title": "Fixation times for language evolution in social networks",
        "authors": [
            "Bart de Boer"
        ],
        "correspemails": [
            "bart@ai.vub.ac.be"
        ],
        "download": "papers/evolang15_paper_38.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_38.bib",
            "ris": "bib/evolang15_38.ris",
            "copy": "de Boer, B. (2024). Fixation times for language evolution in social networks. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Fixation+times+for+language+evolution+in+social+networks%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D38",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D38&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Fixation+times+for+language+evolution+in+social+networks%22+%23EvolangXV"
        },
        "summary": "This paper investigates the speed of cultural evolution on social networks with heavy-tailed neighborhood distributions (i.e. in which some individuals are much more influential than others). Such social networks are characteristic of human communities, and the hypothesis investigated here is that the network structure helps speed up cultural evolution compared to biological evolution. The paper's proposed model adapts a mathematical approach from biology (diffusion models) to this case, and it turns out that this requires the use of a mathematical technique called the fractional derivative. It is shown that the model indeed predicts much higher speed for cultural evolution, and moreover it predicts that the speed of cultural evolution is less dependent on the initial prevalence of an innovation - i.e. innovations tend to spread more quickly in cultural evolution than in biological evolution. The model therefore gives a mathematical underpinning to ideas that were already suspected about cultural evolution.",
        "keywords": [
            "cultural evolution, social networks, fixation time, fractional derivative"
        ],
        "weburl": "paper.html?nr=38",
        "date": "Monday, May 20, 2024",
        "time": "16:35",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "16:35",
        "calendar_endTime": "17:00",
        "extra": null
    },
    "39": {
        "title": "Form and function in the evolution of symbolic artifacts: A transmission chain study",
        "authors": [
            "Murillo Pagnotta",
            "Isobel Wisher",
            "Malte Lau Petersen",
            "Felix Riede",
            "Riccardo Fusaroli",
            "Kristian Tyl\u00e9n"
        ],
        "correspemails": [
            "murillo@cc.au.dk",
            null,
            null,
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_39.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_39.bib",
            "ris": "bib/evolang15_39.ris",
            "copy": "Pagnotta, M., Wisher, I., Petersen, M. L., Riede, F., Fusaroli, R. & Tyl\u00e9n, K. (2024). Form and function in the evolution of symbolic artifacts: A transmission chain study. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Form+and+function+in+the+evolution+of+symbolic+artifacts%3A+A+transmission+chain+study%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D39",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D39&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Form+and+function+in+the+evolution+of+symbolic+artifacts%3A+A+transmission+chain+study%22+%23EvolangXV"
        },
        "summary": "Capacities for symbolic behaviour are considered constitutive of the human species. Yet, we lack a detailed understanding of the mechanisms by which such capacities evolved. An important source of evidence is archaeological findings of markings produced on rock and bone surfaces during the Palaeolithic. Here, we systematically examined the relation between structural properties of intentional markings and their cognitive implications to support inferences about their past functions. Participants reproduced engraved markings dating to ~100.000 BP from the South African Blombos and Diepkloof sites in three conditions of cultural transmission: decoration, identity marking, and communication. Their reproductions were then used as stimuli in five perceptual experiments to investigate differences in their cognitive implications over time and explore similarities with the archaeological record. We found evidence that symbolic artefacts changed in systematically different ways depending on the contexts of production. We discuss the implications for our understanding of human cognitive evolution.",
        "keywords": [
            "symbolic cognition, human evolution, cognitive evolution, palaeolithic, blombos, diepkloof, transmission chain"
        ],
        "weburl": "paper.html?nr=39",
        "date": "Tuesday, May 21, 2024",
        "time": "10:30",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "10:30",
        "calendar_endTime": "10:55",
        "extra": null
    },
    "41": {
        "title": "Some remarks on the distinction between 'Gricean' and 'Ladyginian' communication",
        "authors": [
            "Richard Moore"
        ],
        "correspemails": [
            "richard.moore@warwick.ac.uk"
        ],
        "download": null,
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_41.bib",
            "ris": "bib/evolang15_41.ris",
            "copy": "Moore, R. (2024). Some remarks on the distinction between 'Gricean' and 'Ladyginian' communication. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Some+remarks+on+the+distinction+between+%27Gricean%27+and+%27Ladyginian%27+communication%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D41",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D41&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Some+remarks+on+the+distinction+between+%27Gricean%27+and+%27Ladyginian%27+communication%22+%23EvolangXV"
        },
        "summary": "In a recent series of papers, Scott-Phillips and Heintz (hereafter SPH; Scott-Phillips & Heintz 2023, in press) propose a new theory of why only humans evolved to use language. They argue that it is because great apes are Ladyginian communicators, while humans are \u2018natural Griceans\u2019, that humans alone are \u2018language ready\u2019 (Scott-Phillips & Heintz in press). In this talk, I offer the first critical appraisal of SPH\u2019s view. I argue that the distinction between \u2018Gricean\u2019 and \u2018Ladyginian\u2019 forms of communication fails to pick out any coherent or non-arbitrary set of communicative behaviours. As a result, it cannot be a useful framework for characterising differences between human and great ape communication, and does not support a plausible account of language evolution. Instead, I argue that we can best accommodate differences between human and great ape communication within the existing 'minimally Gricean' framework (Moore 2017a, 2017b).",
        "keywords": [
            "pragmatics, grice, great apes, humans, language"
        ],
        "weburl": "paper.html?nr=41",
        "date": "Monday, May 20, 2024",
        "time": "17:00",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": null,
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "17:00",
        "calendar_endTime": "17:25",
        "extra": null
    },
    "42": {
        "title": "Communicative efficiency is present in young children and becomes more adult-like with age",
        "authors": [
            "Shira Tal",
            "Kenny Smith",
            "Inbal Arnon",
            "Jennifer Culbertson"
        ],
        "correspemails": [
            "stal@ed.ac.uk",
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_42.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_42.bib",
            "ris": "bib/evolang15_42.ris",
            "copy": "Tal, S., Smith, K., Arnon, I. & Culbertson, J. (2024). Communicative efficiency is present in young children and becomes more adult-like with age. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Communicative+efficiency+is+present+in+young+children+and+becomes+more+adult-like+with+age%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D42",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D42&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Communicative+efficiency+is+present+in+young+children+and+becomes+more+adult-like+with+age%22+%23EvolangXV"
        },
        "summary": "Languages seem to be shaped by speakers\u2019 efficient language use. For example, shorter forms are used for more predictable meanings. However, no study to date has systematically tested whether communicative efficiency shapes children\u2019s language use. Investigating whether such a pressure is already present in children will shed light on the nature and development of language users\u2019 communicative behaviour, as well as the respective roles of adults and children in shaping language structure. Here, we investigate the development of communicative efficiency using a novel experimental paradigm with children ages 4-10. Results show that communicative efficiency is attested already in young children and becomes more adult-like with age: as children grow, they are more likely to shorten messages (minimize effort) when a short message is sufficient for accurate communication. We discuss the implications of our results for theories of language evolution and change.",
        "keywords": [
            "efficient communication, language development, communication games"
        ],
        "weburl": "paper.html?nr=42",
        "date": "Sunday, May 19, 2024",
        "time": "13:55",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "13:55",
        "calendar_endTime": "14:20",
        "extra": null
    },
    "44": {
        "title": "Simulating the spread and development of protolanguages",
        "authors": [
            "Sverker Johansson"
        ],
        "correspemails": [
            "sja@du.se"
        ],
        "download": "papers/evolang15_paper_44.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_44.bib",
            "ris": "bib/evolang15_44.ris",
            "copy": "Johansson, S. (2024). Simulating the spread and development of protolanguages. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Simulating+the+spread+and+development+of+protolanguages%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D44",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D44&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Simulating+the+spread+and+development+of+protolanguages%22+%23EvolangXV"
        },
        "summary": "Simulation of language change can (1) provide training and validation data for language reconstruction, (2) explore protolanguage hypotheses where real data are unavailable, and (3) test the importance of different processes in language evolution. But previous simulation work is mainly either micro-scale or too abstract. Neither pole captures the full range of language dynamics. The aim here is to fill that gap between micro and macro. The simulation combines explicit models for language, demography, and geography in sufficient detail to produce output that in relevant respects mimics real language data, with adequate scale and scope to model language history across millennia.",
        "keywords": [
            "simulation, language change, protolanguage, historical linguistics, computational linguistics"
        ],
        "weburl": "paper.html?nr=44",
        "date": "Monday, May 20, 2024",
        "time": "17:00",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "17:00",
        "calendar_endTime": "17:25",
        "extra": null
    },
    "46": {
        "title": "Does syntactic alignment predict cooperation? A corpus study of the Prisoner's Dilemma",
        "authors": [
            "Marek Placi\u0144ski",
            "Theresa Matzinger",
            "Andreas Baumann",
            "Przemys\u0142aw \u017bywiczy\u0144ski",
            "Stefan Hartmann",
            "Irene Boehm",
            "Michael Pleyer",
            "Slawomir Wacewicz"
        ],
        "correspemails": [
            "marpla@umk.pl",
            null,
            null,
            null,
            null,
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_46.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_46.bib",
            "ris": "bib/evolang15_46.ris",
            "copy": "Placi\u0144ski, M., Matzinger, T., Baumann, A., \u017bywiczy\u0144ski, P., Hartmann, S., Boehm, I., Pleyer, M. & Wacewicz, S. (2024). Does syntactic alignment predict cooperation? A corpus study of the Prisoner's Dilemma. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Does+syntactic+alignment+predict+cooperation%3F+A+corpus+study+of+the+Prisoner%27s+Dilemma%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D46",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D46&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Does+syntactic+alignment+predict+cooperation%3F+A+corpus+study+of+the+Prisoner%27s+Dilemma%22+%23EvolangXV"
        },
        "summary": "The cooperative nature of human communication is widely accepted as a fact at least since Grice. In this study, we investigate whether a form of linguistic cooperation \u2013 structural alignment \u2013 correlates with cooperative behaviour. Some evidence suggests that structural alignment is sensitive to extralinguistic factors such as power or status. The opposite relation remains largely unexplored, though some evidence points to such tendencies: lexical alignment can induce pro-social behaviour. It is therefore probable that similar relations hold between linguistic alignment and cooperative behaviour. This study investigates transcripts from Golden Balls, a TV show in which participants face a prisoner's dilemma scenario at the end of the game. Crucially, the contestants make their choice solely on the basis of prior interaction with other players. The results of our study suggest that participants are more likely to split when their magnitude of alignment is greater.",
        "keywords": [
            "cooperation, alignment, prisoner's dilemma"
        ],
        "weburl": "paper.html?nr=46",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "47": {
        "title": "Movement-related muscle activity and kinetics affect vocalization amplitude",
        "authors": [
            "Wim Pouw",
            "Lara S. Buchardt",
            "Raphael Werner",
            "Luc Selen"
        ],
        "correspemails": [
            "wim.pouw@donders.ru.nl",
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_47.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_47.bib",
            "ris": "bib/evolang15_47.ris",
            "copy": "Pouw, W., Buchardt, L. S., Werner, R. & Selen, L. (2024). Movement-related muscle activity and kinetics affect vocalization amplitude. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Movement-related+muscle+activity+and+kinetics+affect+vocalization+amplitude%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D47",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D47&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Movement-related+muscle+activity+and+kinetics+affect+vocalization+amplitude%22+%23EvolangXV"
        },
        "summary": "Voice production can be a whole-body affair: Upper limb movements physically impact\nthe voice in steady-state vocalization, speaking, and singing. This is supposedly due to\nbiomechanical impulses on the chest-wall, affecting subglottal pressure. Unveiling such\nbiomechanics is important, as humans gesture with their hands in a synchronized way\nwith speaking. Here we assess biomechanical interactions between arm movements and\nthe voice, by measuring activity of respiratory-related muscles during different types of\nupper limb movement. We show that positive peaks in the voice\u2019s amplitude increase with\nmovements and more so with a 1 kg weight attached to the wrist. We further report\nexploratory findings that gesture-related muscle activations scale with positive peaks in\nthe voice\u2019s amplitude. These results indicate that the voice aligns with the forces\ngenerated by the body and implies that the voice evolved in the context of bodily action.",
        "keywords": [
            "voice, biomechanics, body movement, synchronization"
        ],
        "weburl": "paper.html?nr=47",
        "date": "Tuesday, May 21, 2024",
        "time": "10:55",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "10:55",
        "calendar_endTime": "11:20",
        "extra": null
    },
    "48": {
        "title": "Testing the role of minorities in shaping language evolution: An experimental study",
        "authors": [
            "Mathilde Josserand",
            "Fran\u00e7ois Pellegrino",
            "Dan Dediu",
            "Limor Raviv"
        ],
        "correspemails": [
            "mathilde.josserand@gmail.com",
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_48.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_48.bib",
            "ris": "bib/evolang15_48.ris",
            "copy": "Josserand, M., Pellegrino, F., Dediu, D. & Raviv, L. (2024). Testing the role of minorities in shaping language evolution: An experimental study. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Testing+the+role+of+minorities+in+shaping+language+evolution%3A+An+experimental+study%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D48",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D48&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Testing+the+role+of+minorities+in+shaping+language+evolution%3A+An+experimental+study%22+%23EvolangXV"
        },
        "summary": "Variations in language abilities are prevalent within any population, yet traditional research on language evolution has often overlooked their impact on language evolution. To address this gap, we conducted a group communication game in the lab, where micro-societies of four interacting participants developed artificial languages to successfully communicate with each other. Importantly, one participant in the group was assigned a keyboard with a limited inventory of letters, forcing them to communicate differently from the rest. We aim to understand whether the collective language of the group would adapt to the biased minority, or if the majority's language would prevail. Our results suggest that language evolves differently in groups containing participants with different language abilities. Furthermore, some groups adapted to the idiosyncrasies of the biased individuals, suggesting that individual differences can permeate within a linguistic community, ultimately driving changes in languages over time.",
        "keywords": [
            "language evolution, linguistic variation, individual differences, language adaptation"
        ],
        "weburl": "paper.html?nr=48",
        "date": "Sunday, May 19, 2024",
        "time": "10:40",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "10:40",
        "calendar_endTime": "11:05",
        "extra": null
    },
    "51": {
        "title": "Grammar change through cultural transmission",
        "authors": [
            "Juan Antonio Guerrero Montero",
            "Richard A Blythe",
            "Simon Kirby",
            "Dan Lassiter",
            "Rob Truswell"
        ],
        "correspemails": [
            "j.a.guerrero-montero@sms.ed.ac.uk",
            null,
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_51.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_51.bib",
            "ris": "bib/evolang15_51.ris",
            "copy": "Guerrero Montero, J. A., Blythe, R. A., Kirby, S., Lassiter, D. & Truswell, R. (2024). Grammar change through cultural transmission. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Grammar+change+through+cultural+transmission%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D51",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D51&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Grammar+change+through+cultural+transmission%22+%23EvolangXV"
        },
        "summary": "We propose a model of grammar change through Iterated Bayesian Learning (IBL) involving several co-evolving forms and functions. In it, agents learn the language by combining utterances from the previous generation with their inductive biases. Unlike previous IBL models, we include the possibility of imperfect understanding, by which learners may infer the intended function of an utterance incorrectly. This is enough for our model to reproduce the directionality of language change and emerging distributions over grammars that are not uniquely determined by learning biases, features missing from simpler IBL models. Our model is furthermore equivalent to a set of co-evolving Wright-Fisher models, which enables its application to hypothesis testing and model selection in the analysis of corpus data, illustrated by or application to the study of the evolution of relativisers in English. All in all, our model provides insights into the components of cultural transmission responsible for real-world diachronic phenomena.",
        "keywords": [
            "iterated learning, mathematical modelling, corpus analysis, grammar change"
        ],
        "weburl": "paper.html?nr=51",
        "date": "Monday, May 20, 2024",
        "time": "10:15",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "10:15",
        "calendar_endTime": "10:40",
        "extra": null
    },
    "52": {
        "title": "Call combinations in bonobos and chimpanzees",
        "authors": [
            "M\u00e9lissa Berthet",
            "Lara Zanutto",
            "Morgan Roh\u00e9e",
            "Franziska Wegdell",
            "Ma\u00ebl Leroux",
            "Martin Surbeck",
            "Simon W. Townsend"
        ],
        "correspemails": [
            "melissa.berthet.ac@gmail.com",
            null,
            null,
            null,
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_52.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_52.bib",
            "ris": "bib/evolang15_52.ris",
            "copy": "Berthet, M., Zanutto, L., Roh\u00e9e, M., Wegdell, F., Leroux, M., Surbeck, M. & Townsend, S. W. (2024). Call combinations in bonobos and chimpanzees. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Call+combinations+in+bonobos+and+chimpanzees%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D52",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D52&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Call+combinations+in+bonobos+and+chimpanzees%22+%23EvolangXV"
        },
        "summary": "Despite growing evidence that animals have combinatorial capacities, investigation into our closest living relatives, nonhuman apes, remains scarce. One recent study identified non-random vocal combinations in a community of chimpanzees. We followed up on these findings by investigating whether bonobos also combine calls in systematic ways. We conducted 150h of focal recording on 24 adult wild bonobos at the Kokolopori Bonobo Research Project, Democratic Republic of Congo. We showed that bonobos produce non-random combinations more frequently than chimpanzees. Moreover, as observed in chimpanzees, the order of the combinations may be important. Finally, similar to chimpanzees, male bonobos produce more single utterances than females but both sexes produce combinations at similar rates. Overall, our results indicate that the vocal communication of bonobos from the Kokolopori population extensively relies on combinations, to a greater extent than chimpanzees.",
        "keywords": [
            "syntax, ape, vocalization, collocation analysis"
        ],
        "weburl": "paper.html?nr=52",
        "date": "Tuesday, May 21, 2024",
        "time": "10:55",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "10:55",
        "calendar_endTime": "11:20",
        "extra": null
    },
    "53": {
        "title": "The evolution of silence: The role of inter-turn speech pauses in the co-evolution of language and cooperation",
        "authors": [
            "Theresa Matzinger",
            "Michael Pleyer",
            "Elizabeth Qing Zhang",
            "Przemys\u0142aw \u017bywiczy\u0144ski"
        ],
        "correspemails": [
            "theresa.matzinger@univie.ac.at",
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_53.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_53.bib",
            "ris": "bib/evolang15_53.ris",
            "copy": "Matzinger, T., Pleyer, M., Zhang, E. Q. & \u017bywiczy\u0144ski, P. (2024). The evolution of silence: The role of inter-turn speech pauses in the co-evolution of language and cooperation. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+evolution+of+silence%3A+The+role+of+inter-turn+speech+pauses+in+the+co-evolution+of+language+and+cooperation%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D53",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D53&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+evolution+of+silence%3A+The+role+of+inter-turn+speech+pauses+in+the+co-evolution+of+language+and+cooperation%22+%23EvolangXV"
        },
        "summary": "Language and cooperation are tightly linked aspects of human interaction, with language serving as a tool to assess potential cooperation partners. We propose that inter-turn speech pauses, which have essential social-communicative functions, have played a significant role in the co-evolution of language and cooperation. Our experiment investigated how listeners use the duration of these pauses to assess knowledge, confidence, and willingness in conversation partners. We found that long pauses are generally perceived as indicative of lower competence and willingness. However, listeners were more tolerant of long pauses in non-native speakers, interpreting them as the result of prolonged cognitive processing in a non-native language. This pattern was consistent across languages and cultures. Our follow-up study explores whether these relationships persist when participants don't understand the language, supporting the idea that pauses may have been used as early communicative signals before fully-developed shared linguistic systems existed. Additionally, inter-turn pauses may be promising for investigating links between communication and cooperativeness across species.",
        "keywords": [
            "speech pauses, knowledge, confidence, willingness, cognitive state attribution, cooperation, language evolution, experiment"
        ],
        "weburl": "paper.html?nr=53",
        "date": "Monday, May 20, 2024",
        "time": "11:05",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "11:05",
        "calendar_endTime": "11:30",
        "extra": null
    },
    "54": {
        "title": "What phonetics has to say about Neanderthal (<i>H. neanderthalensis</i>) speech capacities",
        "authors": [
            "Axel G. Ekstr\u00f6m",
            "Steven Moran"
        ],
        "correspemails": [
            "axeleks@kth.se",
            "steven.moran@unine.ch"
        ],
        "download": "papers/evolang15_paper_54.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_54.bib",
            "ris": "bib/evolang15_54.ris",
            "copy": "Ekstr\u00f6m, A. G. & Moran, S. (2024). What phonetics has to say about Neanderthal (H. neanderthalensis) speech capacities. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22What+phonetics+has+to+say+about+Neanderthal+%28H.+neanderthalensis%29+speech+capacities%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D54",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D54&quote=Check+out+this+paper+from+Evolang+XV%3A+%22What+phonetics+has+to+say+about+Neanderthal+%28H.+neanderthalensis%29+speech+capacities%22+%23EvolangXV"
        },
        "summary": "Neanderthals likely possessed some form of language, though it is uncertain whether their vocal anatomy allowed for the full range of modern human speech sounds. We synthesize literature on estimating Neanderthal speech capabilities and conclude that evidence supports the view that Neanderthals had restricted articulatory capacities compared to modern humans due to the shapes of their vocal tracts. To date, only two estimates of Neanderthal vocal tracts remain unrefuted \u2013 and both support the view that Neanderthals were limited with regards to the range of available speech sounds.",
        "keywords": [
            "speech production, phonetics, human evolution, neanderthal"
        ],
        "weburl": "paper.html?nr=54",
        "date": "Monday, May 20, 2024",
        "time": "16:10",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "16:10",
        "calendar_endTime": "16:35",
        "extra": null
    },
    "55": {
        "title": "The relation between European colonialism and linguistic diversity",
        "authors": [
            "Andreas Baumann",
            "Bernd Lenzner",
            "Hannes A. Fellner",
            "Franz Essl"
        ],
        "correspemails": [
            "andreas.baumann@univie.ac.at",
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_55.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_55.bib",
            "ris": "bib/evolang15_55.ris",
            "copy": "Baumann, A., Lenzner, B., Fellner, H. A. & Essl, F. (2024). The relation between European colonialism and linguistic diversity. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+relation+between+European+colonialism+and+linguistic+diversity%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D55",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D55&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+relation+between+European+colonialism+and+linguistic+diversity%22+%23EvolangXV"
        },
        "summary": "European colonialism was shown to have entailed a global loss of biodiversity. Similar effects of colonialism were discussed in the linguistic literature as well. On the linguistic level, however, the picture seems to be complicated. Most prominently, Mufwene (2002) has suggested colonialism to have differential effects on the linguistic ecosystem, conditioned by the intensity of colonialism in a region. The goal of this paper is to quantitatively examine to what extent the duration under colonial rule in the history of a country is associated with its present status regarding linguistic diversity. In doing so, we assess different ways of operationalizing linguistic diversity. Controlling for socio-economic covariates, we show that colonization duration increases glottogenetic diversity, but is at the time associated with an increase in language endangerment.",
        "keywords": [
            "linguistic diversity, language endangerment, colonialism, comparative linguistics"
        ],
        "weburl": "paper.html?nr=55",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "56": {
        "title": "Communicative efficiency and social biases modulate language learning in autistic and allistic individuals",
        "authors": [
            "Lauren Fletcher",
            "Jennifer Culbertson",
            "Hugh Rabagliati"
        ],
        "correspemails": [
            "l.e.f.fletcher@sms.ed.ac.uk",
            null,
            null
        ],
        "download": "papers/evolang15_paper_56.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_56.bib",
            "ris": "bib/evolang15_56.ris",
            "copy": "Fletcher, L., Culbertson, J. & Rabagliati, H. (2024). Communicative efficiency and social biases modulate language learning in autistic and allistic individuals. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Communicative+efficiency+and+social+biases+modulate+language+learning+in+autistic+and+allistic+individuals%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D56",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D56&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Communicative+efficiency+and+social+biases+modulate+language+learning+in+autistic+and+allistic+individuals%22+%23EvolangXV"
        },
        "summary": "Communicative efficiency drives core features of linguistic systems through a trade-off between communicative accuracy and production effort. This trade-off has been appealed to in explaining the relationship between whether a language uses case to mark grammatical role, and whether it has a fixed word order. It has also been shown to be modulated by social biases; speakers are willing to be less efficient to meet a social goal. We expand this research to autistic people, in recognition of the fact that heterogeneity in neurotypes may interact with the kinds of cognitive biases and mechanisms we appeal to in language evolution research. We find that autistic people do adhere to the efficiency trade-off to the same extent as their allistic peers in the absence of a social bias. However, in the presence of a social bias, they are more willing to put in extra production effort to meet a social goal.",
        "keywords": [
            "autism, language evolution, communicative efficiency, neurodiversity, artificial language learning, social biases, cultural evolution"
        ],
        "weburl": "paper.html?nr=56",
        "date": "Sunday, May 19, 2024",
        "time": "10:15",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "10:15",
        "calendar_endTime": "10:40",
        "extra": null
    },
    "57": {
        "title": "The role of gender, personality traits, and social biases in shaping linguistic accommodation: An experimental approach",
        "authors": [
            "Ching-Yat Cheung",
            "Simon Kirby",
            "Limor Raviv"
        ],
        "correspemails": [
            "lewis.cheung@mpi.nl",
            null,
            null
        ],
        "download": "papers/evolang15_paper_57.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_57.bib",
            "ris": "bib/evolang15_57.ris",
            "copy": "Cheung, C., Kirby, S. & Raviv, L. (2024). The role of gender, personality traits, and social biases in shaping linguistic accommodation: An experimental approach. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+role+of+gender%2C+personality+traits%2C+and+social+biases+in+shaping+linguistic+accommodation%3A+An+experimental+approach%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D57",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D57&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+role+of+gender%2C+personality+traits%2C+and+social+biases+in+shaping+linguistic+accommodation%3A+An+experimental+approach%22+%23EvolangXV"
        },
        "summary": "This ongoing project tests how the gender and age of participants and their interactive partners, as well as their personality traits, shape accommodation patterns in a dyadic communication experiment using an artificial language. Participants learn a miniature artificial language (non-words with pluralization), and play a director-matcher game with a computer agent (of which the participants are made to believe to be a real person) from either the same or different gender group. From each participant, the personality traits and stereotypes towards different social groups are also elicited. We predict that: (1) people will be more likely to accommodate to members of their own gender group; and (2) the likelihood of participants accommodating to their partners will be correlated with their personality traits and their attitudes/biases (which is also correlated with their gender) towards the social group of their communicative partner.",
        "keywords": [
            "experimental linguistics, accommodation, language change, sociolinguistics"
        ],
        "weburl": "paper.html?nr=57",
        "date": "Tuesday, May 21, 2024",
        "time": "11:45",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "11:45",
        "calendar_endTime": "12:10",
        "extra": null
    },
    "58": {
        "title": "Towards computational detection of metaphoric change in language evolution via word embeddings",
        "authors": [
            "Michael Pleyer",
            "Klaudia Karkowska",
            "Svetlana Kuleshova",
            "Darya Namednikava",
            "Marek Placi\u0144ski"
        ],
        "correspemails": [
            "pleyer@umk.pl",
            null,
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_58.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_58.bib",
            "ris": "bib/evolang15_58.ris",
            "copy": "Pleyer, M., Karkowska, K., Kuleshova, S., Namednikava, D. & Placi\u0144ski, M. (2024). Towards computational detection of metaphoric change in language evolution via word embeddings. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Towards+computational+detection+of+metaphoric+change+in+language+evolution+via+word+embeddings%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D58",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D58&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Towards+computational+detection+of+metaphoric+change+in+language+evolution+via+word+embeddings%22+%23EvolangXV"
        },
        "summary": "Metaphoric meaning extension is a central process in language evolution and historical language change. Here, we propose a computational method to further investigate the processes of metaphoric extension central to language evolution. Namely, we use word embeddings to computationally detect metaphoric change. We illustrate this method using corpus data from a less-resourced language, Polish, and present a case study of metaphoric change in the domain of technology-related expressions.",
        "keywords": [
            "metaphor, language evolution, language change, word embeddings, computational linguistics"
        ],
        "weburl": "paper.html?nr=58",
        "date": "Monday, May 20, 2024",
        "time": "14:00",
        "location": "Ballroom D (Track 4)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "14:00",
        "calendar_endTime": "14:25",
        "extra": null
    },
    "59": {
        "title": "Learnability effects in children: Are more structured languages easier to learn?",
        "authors": [
            "Imme Lammertink",
            "Marianne De Heer Kloots",
            "Mary Bazioni",
            "Limor Raviv"
        ],
        "correspemails": [
            "imme.lammertink@ru.nl",
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_59.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_59.bib",
            "ris": "bib/evolang15_59.ris",
            "copy": "Lammertink, I., De Heer Kloots, M., Bazioni, M. & Raviv, L. (2024). Learnability effects in children: Are more structured languages easier to learn?. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Learnability+effects+in+children%3A+Are+more+structured+languages+easier+to+learn%3F%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D59",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D59&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Learnability+effects+in+children%3A+Are+more+structured+languages+easier+to+learn%3F%22+%23EvolangXV"
        },
        "summary": "Cross-linguistic differences in morphological complexity could have important consequences for language learning. A recent study by Raviv et al. (2021) showed that adults learn highly systematic artificial languages faster and more accurately than semi-, or non-structured artificial languages, suggesting that some languages may be acquired faster than others. However, these findings are limited in two ways. First, they are based only on adult learners, even though children are the most prototypical language learners in real-world situations and may differ in their learning biases from adults. Second, it remains unclear how individual differences in learning-related cognitive capacities such as working memory and selective attention may impact these effects. Addressing these limitations is important for refining theories on language evolution and the origin of linguistic diversity. In this pre-registered study, we therefore extend previous findings to child learners, as well as test for the role of individual differences.",
        "keywords": [
            "learnability, child language acquisition, artificial language learning, morphological complexity, compositional grammar"
        ],
        "weburl": "paper.html?nr=59",
        "date": "Sunday, May 19, 2024",
        "time": "13:30",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "13:30",
        "calendar_endTime": "13:55",
        "extra": null
    },
    "60": {
        "title": "From speech to primate vocalizations: Self-supervised deep learning as a comparative approach",
        "authors": [
            "Jules Cauzinille",
            "Benoit Favre",
            "Ricard Marxer",
            "Arnaud Rey"
        ],
        "correspemails": [
            "jules.cauzinille@lis-lab.fr",
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_60.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_60.bib",
            "ris": "bib/evolang15_60.ris",
            "copy": "Cauzinille, J., Favre, B., Marxer, R. & Rey, A. (2024). From speech to primate vocalizations: Self-supervised deep learning as a comparative approach. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22From+speech+to+primate+vocalizations%3A+Self-supervised+deep+learning+as+a+comparative+approach%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D60",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D60&quote=Check+out+this+paper+from+Evolang+XV%3A+%22From+speech+to+primate+vocalizations%3A+Self-supervised+deep+learning+as+a+comparative+approach%22+%23EvolangXV"
        },
        "summary": "The deep learning revolution partly embodied in transformers architectures and pre-trained self-supervised models opens many perspectives in the study of linguistics and animal communication. By exploring transfer learning approaches for computational bioacoustics applied to primate vocalizations, we delve into the explainability of pre-trained speech models to understand what they can teach us about the origins of language. \nTo examine divergences and similarities between speech and primate vocalizations from a deep learning perspective, our method consists in probing and fine-tuning experiments based on self-supervised acoustic models. By analyzing their ability to process primate vocalizations, we test the effect of models' architectures, pre-training datasets, and task specificities on their transfer learning performance. In doing so, we want to evaluate the validity of deep transfer learning as a scientific tool in the study of the origins of language from a comparative standpoint.",
        "keywords": [
            "deep transfer learning, primate vocal communication, speech processing, self-supervised learning"
        ],
        "weburl": "paper.html?nr=60",
        "date": "Tuesday, May 21, 2024",
        "time": "11:45",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "11:45",
        "calendar_endTime": "12:10",
        "extra": null
    },
    "61": {
        "title": "Mechanisms underlying alarm calling behaviour in bonobos (<i>Pan paniscus</i>)",
        "authors": [
            "Nicole Lahiff",
            "Zanna Clay",
            "Amanda Epping",
            "Cedric Girard-Buttoz",
            "Jared Taglialatela",
            "Martin Surbeck",
            "Katie Slocombe",
            "Simon W. Townsend"
        ],
        "correspemails": [
            "nicole.lahiff@uzh.ch",
            null,
            null,
            null,
            null,
            null,
            null,
            null
        ],
        "download": null,
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_61.bib",
            "ris": "bib/evolang15_61.ris",
            "copy": "Lahiff, N., Clay, Z., Epping, A., Girard-Buttoz, C., Taglialatela, J., Surbeck, M., Slocombe, K. & Townsend, S. W. (2024). Mechanisms underlying alarm calling behaviour in bonobos (Pan paniscus). In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Mechanisms+underlying+alarm+calling+behaviour+in+bonobos+%28Pan+paniscus%29%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D61",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D61&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Mechanisms+underlying+alarm+calling+behaviour+in+bonobos+%28Pan+paniscus%29%22+%23EvolangXV"
        },
        "summary": "The vocalisations of non-human species can refer to objects and events in the environment, but the extent to which the mechanisms underlying call perception and production are akin to human linguistic reference is unclear. To bridge this gap, we first explored whether alarm calls elicit referential or emotion-based mental representations in a captive, language competent bonobo. Using a match-to-sample paradigm, Kanzi was exposed to playbacks of conspecific alarm calls where the matching lexigram was either referential (\u2018snake\u2019) or emotive (\u2018scare\u2019). Alarm calls were matched to both labels significantly above chance, suggesting that these calls are associated with both referential and emotional content. Next, we investigated whether bonobos exhibit voluntary control over their call production. We presented wild bonobos with a snake model to assess whether their alarm calls meet criteria for first-order intentionality. Preliminary findings suggest that bonobos can deploy alarm vocalisations in flexible and potentially intentional ways.",
        "keywords": [
            "referential communication, intentional communication, vocalisations, comparative approach"
        ],
        "weburl": "paper.html?nr=61",
        "date": "Tuesday, May 21, 2024",
        "time": "10:30",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": null,
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "10:30",
        "calendar_endTime": "10:55",
        "extra": null
    },
    "62": {
        "title": "The power of linguistic similarity for unlocking cooperation - Evidence from syntax and pitch experiments",
        "authors": [
            "Irene Boehm",
            "Theresa Matzinger",
            "Marek Placi\u0144ski",
            "Przemys\u0142aw \u017bywiczy\u0144ski",
            "Slawomir Wacewicz"
        ],
        "correspemails": [
            "irene.boehm@univie.ac.at",
            null,
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_62.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_62.bib",
            "ris": "bib/evolang15_62.ris",
            "copy": "Boehm, I., Matzinger, T., Placi\u0144ski, M., \u017bywiczy\u0144ski, P. & Wacewicz, S. (2024). The power of linguistic similarity for unlocking cooperation - Evidence from syntax and pitch experiments. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+power+of+linguistic+similarity+for+unlocking+cooperation+-+Evidence+from+syntax+and+pitch+experiments%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D62",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D62&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+power+of+linguistic+similarity+for+unlocking+cooperation+-+Evidence+from+syntax+and+pitch+experiments%22+%23EvolangXV"
        },
        "summary": "Matching a conversation partner\u2019s language can signal a willingness to cooperate, either because linguistic similarity (\u201calignedness\u201d) can indicate group membership, or because adapting one\u2019s language to a conversation partner\u2019s (\u201calignedment\u201d) already implies a first investment. To understand the relationship between language and cooperation better, we explore linguistic similarity as signal of cooperativeness in two experiments.\n\nIn experiment 1, we investigate the effect of syntactic similarity on participants\u2019 choice of cooperation partners. When participants could use their preferred constructions, they chose linguistically similar cooperation partners. But when their language use was restricted, they chose partners that matched their natural preferences, as opposed to their overt constructions.\n\nThis suggests that shared linguistic preferences (alignedness) are potentially more important than adapting to others\u2019 language (alignment) when picking cooperation partners. In our follow-up experiment 2, we examine the effect of pitch similarity on perceived cooperativeness to further distinguish the role of alignment from alignedness.",
        "keywords": [
            "cooperation, experiment, linguistic similarity, syntactic alignment, pitch alignment"
        ],
        "weburl": "paper.html?nr=62",
        "date": "Tuesday, May 21, 2024",
        "time": "11:20",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "11:20",
        "calendar_endTime": "11:45",
        "extra": null
    },
    "63": {
        "title": "The role of linguistically encoded emotional characteristics for cooperativeness in a one-shot Prisoner's Dilemma",
        "authors": [
            "Andreas Baumann",
            "Theresa Matzinger",
            "Roland M\u00fchlenbernd",
            "Slawomir Wacewicz",
            "Michael Pleyer",
            "Stefan Hartmann",
            "Marek Placi\u0144ski"
        ],
        "correspemails": [
            "andreas.baumann@univie.ac.at",
            null,
            null,
            null,
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_63.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_63.bib",
            "ris": "bib/evolang15_63.ris",
            "copy": "Baumann, A., Matzinger, T., M\u00fchlenbernd, R., Wacewicz, S., Pleyer, M., Hartmann, S. & Placi\u0144ski, M. (2024). The role of linguistically encoded emotional characteristics for cooperativeness in a one-shot Prisoner's Dilemma. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+role+of+linguistically+encoded+emotional+characteristics+for+cooperativeness+in+a+one-shot+Prisoner%27s+Dilemma%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D63",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D63&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+role+of+linguistically+encoded+emotional+characteristics+for+cooperativeness+in+a+one-shot+Prisoner%27s+Dilemma%22+%23EvolangXV"
        },
        "summary": "We investigate linguistically encoded emotional alignment in pairs of players in a TV game show that is set up as a one-shot prisoner\u2019s dilemma. We measure which linguistically encoded emotional characteristics are relevant for choosing between cooperative and defective behavior in that game. We show that cooperativeness depends on interactions between emotional characteristics of both players. In contrast to research on emotional synchrony and cooperation, however, we find that players are more likely to cooperate if their emotions do not align. We interpret this as an instance of deceptive linguistic behavior.",
        "keywords": [
            "cooperation, alignment, emotion, deception, prisoner's dilemma, corpus linguistics, conversation"
        ],
        "weburl": "paper.html?nr=63",
        "date": "Monday, May 20, 2024",
        "time": "14:50",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "14:50",
        "calendar_endTime": "15:15",
        "extra": null
    },
    "64": {
        "title": "Chain shifts and transphonologizations are driven by homophony avoidance",
        "authors": [
            "Stefon Flego",
            "Andrew B Wedel"
        ],
        "correspemails": [
            null,
            "wedel@arizona.edu"
        ],
        "download": "papers/evolang15_paper_64.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_64.bib",
            "ris": "bib/evolang15_64.ris",
            "copy": "Flego, S. & Wedel, A. B. (2024). Chain shifts and transphonologizations are driven by homophony avoidance. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Chain+shifts+and+transphonologizations+are+driven+by+homophony+avoidance%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D64",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D64&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Chain+shifts+and+transphonologizations+are+driven+by+homophony+avoidance%22+%23EvolangXV"
        },
        "summary": "Previous work has demonstrated that loss of a phoneme contrast through merger is inhibited when the contrast is associated with many minimal pairs (i.e. when merger of the contrast would result in much word-level homophony). We show that two superficially distinct types of sound change, chain shifts and transphonologizations, are also driven by homophony avoidance. Lexical contrast is maintained through both types of change, as the contrast either migrates to a new area within the same phonetic dimension (chain shift), or migrates to a different phonetic dimension (transphonologization). Using a data set of twelve genetically and areally diverse languages, we show that phoneme contrasts having recently undergone chain shifts and transphonologizations are associated with higher numbers of minimal pairs than sets of similar contrasts that have not. These findings support usage-based theories of change in which information-theoretic factors play a fundamental role in shaping languages\u2019 sound systems.",
        "keywords": [
            "homophony, minimal pairs, mergers, chain shifts, transphonologizations, language change, information theory"
        ],
        "weburl": "paper.html?nr=64",
        "date": "Tuesday, May 21, 2024",
        "time": "10:55",
        "location": "Ballroom D (Track 4)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "10:55",
        "calendar_endTime": "11:20",
        "extra": null
    },
    "65": {
        "title": "Languages of esoteric societies provide a window into a previous stage in the evolution of human languages",
        "authors": [
            "Sihan Chen",
            "David Gil",
            "Antonio Ben\u00edtez-Burraco"
        ],
        "correspemails": [
            null,
            null,
            "abenitez8@us.es"
        ],
        "download": "papers/evolang15_paper_65.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_65.bib",
            "ris": "bib/evolang15_65.ris",
            "copy": "Chen, S., Gil, D. & Ben\u00edtez-Burraco, A. (2024). Languages of esoteric societies provide a window into a previous stage in the evolution of human languages. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Languages+of+esoteric+societies+provide+a+window+into+a+previous+stage+in+the+evolution+of+human+languages%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D65",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D65&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Languages+of+esoteric+societies+provide+a+window+into+a+previous+stage+in+the+evolution+of+human+languages%22+%23EvolangXV"
        },
        "summary": "Contemporary languages of today's esoteric societies are argued to provide a model for a previous stage in the evolution of human languages. A recent analysis of data from the World Atlas of Language Structures compares languages spoken by esoteric and exoteric societies, showing that the languages of esoteric societies tend to be associated with more complex morphological structures alongside greater simplicity in the realm of syntax. Such correlations between societal and linguistic features provide a window into linguistic phylogeny. Given that until recently all human societies were highly esoteric, it may be inferred that the languages spoken by such Upper Paleolithic societies were similar to those of current esoteric societies, instantiating a earlier stage in the evolution of language characterized by more complex morphology but simpler syntax.",
        "keywords": [
            "linguistic complexity, sociopolitical complexity, morphology, syntax, prehistoric languages"
        ],
        "weburl": "paper.html?nr=65",
        "date": "Monday, May 20, 2024",
        "time": "16:35",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "16:35",
        "calendar_endTime": "17:00",
        "extra": null
    },
    "66": {
        "title": "The Mekong-Mamberamo mystery",
        "authors": [
            "David Gil",
            "Sihan Chen",
            "Antonio Ben\u00edtez-Burraco"
        ],
        "correspemails": [
            null,
            null,
            "abenitez8@us.es"
        ],
        "download": "papers/evolang15_paper_66.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_66.bib",
            "ris": "bib/evolang15_66.ris",
            "copy": "Gil, D., Chen, S. & Ben\u00edtez-Burraco, A. (2024). The Mekong-Mamberamo mystery. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+Mekong-Mamberamo+mystery%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D66",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D66&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+Mekong-Mamberamo+mystery%22+%23EvolangXV"
        },
        "summary": "This paper suggests that linguistic areas, or sprachbunds, may constitute relics of earlier stages in the evolution of language. Here we focus on the Mekong-Mamberamo linguistic area, extending from Mainland Southeast Asia though the Indonesian archipelago and into western New Guinea. The first part of this paper surveys evidence that Mekong-Mamberamo languages exhibit a distinctive grammatical profile associated with greater simplicity in both morphology and syntax. The second part of this paper examines potential explanations for the simple grammatical profile associated with the Mekong-Mamberamo area, and concludes that the most likely of these is that it constitutes an evolutionary relic from an earlier stage in the evolution of language.",
        "keywords": [
            "mekong-mamberamo, linguistic area, evolutionary fossil, grammatical\u00a0simplicity"
        ],
        "weburl": "paper.html?nr=66",
        "date": "Monday, May 20, 2024",
        "time": "17:00",
        "location": "Ballroom D (Track 4)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "17:00",
        "calendar_endTime": "17:25",
        "extra": null
    },
    "67": {
        "title": "Feature transmission within concept transmission",
        "authors": [
            "Stella Frank",
            "Serge Belongie"
        ],
        "correspemails": [
            "stfr@diku.dk",
            null
        ],
        "download": "papers/evolang15_paper_67.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_67.bib",
            "ris": "bib/evolang15_67.ris",
            "copy": "Frank, S. & Belongie, S. (2024). Feature transmission within concept transmission. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Feature+transmission+within+concept+transmission%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D67",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D67&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Feature+transmission+within+concept+transmission%22+%23EvolangXV"
        },
        "summary": "Concepts differ across cultures, indicating a role for cultural transmission dynamics in their evolution.\nSince differences in conceptualisations (assuming shared perceptual capabilities) are due to either using different feature boundaries or attending to different feature dimensions, evolving the underlying feature space is integral to concept evolution.\nIn this simulation-based study, using Iterated Learning (IL) dynamics, we show how the features underlying concept categories are co-evolved, given a compositional signalling system that surfaces the features as well as the concept extensions.\nOur framework borrows from error correcting output codes and represents concepts as the intersection of an evolved set of linear features.\nWe show that semantic features, as represented by their boundary locations in high dimensional space, can be reliably transmitted in terms of their extensions, as part of a compositional concept label, but not if concept labels are holistic.",
        "keywords": [
            "concepts, semantic spaces, feature learning, simulation"
        ],
        "weburl": "paper.html?nr=67",
        "date": "Sunday, May 19, 2024",
        "time": "10:40",
        "location": "Ballroom D (Track 4)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "10:40",
        "calendar_endTime": "11:05",
        "extra": null
    },
    "68": {
        "title": "The evolution of phonological dispersion: New experimental results",
        "authors": [
            "Gareth Roberts",
            "Robin Clark"
        ],
        "correspemails": [
            "gareth.roberts@ling.upenn.edu",
            null
        ],
        "download": "papers/evolang15_paper_68.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_68.bib",
            "ris": "bib/evolang15_68.ris",
            "copy": "Roberts, G. & Clark, R. (2024). The evolution of phonological dispersion: New experimental results. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+evolution+of+phonological+dispersion%3A+New+experimental+results%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D68",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D68&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+evolution+of+phonological+dispersion%3A+New+experimental+results%22+%23EvolangXV"
        },
        "summary": "We investigated the emergence of dispersion in phonological systems using a non-linguistic communication game approach, devised by Roberts and Clark (2020, 2023), in which pairs of participants communicate about animal silhouettes by taking turns to send series of colors to each other.  The sender on a given turn would move their finger around a trackpad to generate colors from a continuous underlying colorspace and select series of them to send. Unlike their original study we manipulated the presence of noise and the presence of a minimum signal length (1 vs. 2 colors). We also manipulated the nature of the underlying colorspace, but differently from Roberts and Clark, 2020, who manipulated the alignment between the demands of perception and production. We found that substantially dispersed systems emerged, but the level of dispersion differed between conditions. Dispersion was also higher when non-signal-initial colors were excluded.",
        "keywords": [
            "experimental semiotics, combinatoriality, phonology, phonetics, emergence of structure, artificial language, communication, interaction"
        ],
        "weburl": "paper.html?nr=68",
        "date": "Tuesday, May 21, 2024",
        "time": "11:20",
        "location": "Ballroom D (Track 4)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "11:20",
        "calendar_endTime": "11:45",
        "extra": null
    },
    "69": {
        "title": "Uncommon sounds for common words: Balancing phonemic type and token frequency within words for a higher entropy lexicon",
        "authors": [
            "Adam King",
            "Andrew B Wedel"
        ],
        "correspemails": [
            "adam.king.phd@gmail.com",
            null
        ],
        "download": "papers/evolang15_paper_69.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_69.bib",
            "ris": "bib/evolang15_69.ris",
            "copy": "King, A. & Wedel, A. B. (2024). Uncommon sounds for common words: Balancing phonemic type and token frequency within words for a higher entropy lexicon. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Uncommon+sounds+for+common+words%3A+Balancing+phonemic+type+and+token+frequency+within+words+for+a+higher+entropy+lexicon%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D69",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D69&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Uncommon+sounds+for+common+words%3A+Balancing+phonemic+type+and+token+frequency+within+words+for+a+higher+entropy+lexicon%22+%23EvolangXV"
        },
        "summary": "It is a common finding that the token frequency of a sound or sound-sequence is positively correlated with its type frequency. This follows if sounds are randomly distributed across words. However, this is the opposite relationship we expect in an efficient lexicon. Lexical access proceeds incrementally; if language is shaped to be efficient, we expect the lexicon to share similarities with a Huffman code, producing a negative correlation between the frequency of a sound at a branching point and the number of words it appears in. In an analysis of initial biphones in a corpus of 20 languages, we show that the assumed positive type/token correlation is an artifact of the necessarily positive correlation in the least frequent words. When these are removed, we find the expected negative correlation between a biphone's type frequency and the mean token frequency of the types it occurs in.",
        "keywords": [
            "language evolution, linguistics, lexicon, efficient communication, corpus linguistics, information theory"
        ],
        "weburl": "paper.html?nr=69",
        "date": "Tuesday, May 21, 2024",
        "time": "10:30",
        "location": "Ballroom D (Track 4)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "10:30",
        "calendar_endTime": "10:55",
        "extra": null
    },
    "70": {
        "title": "The role of audience design in an emerging language system: Evidence from a novel signaling paradigm",
        "authors": [
            "Casey M Riedmann",
            "William S. Horton"
        ],
        "correspemails": [
            "CaseyRiedmann2023@u.northwestern.edu",
            null
        ],
        "download": "papers/evolang15_paper_70.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_70.bib",
            "ris": "bib/evolang15_70.ris",
            "copy": "Riedmann, C. M. & Horton, W. S. (2024). The role of audience design in an emerging language system: Evidence from a novel signaling paradigm. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+role+of+audience+design+in+an+emerging+language+system%3A+Evidence+from+a+novel+signaling+paradigm%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D70",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D70&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+role+of+audience+design+in+an+emerging+language+system%3A+Evidence+from+a+novel+signaling+paradigm%22+%23EvolangXV"
        },
        "summary": "The evolution of human language is informed by rapid development across many cognitive abilities. Some of these abilities have been evaluated via novel signaling experiments in which conventional signals are restricted (e.g., Sulik & Lupyan, 2018). Across four experiments, we tested whether knowing interpersonal information, operationalized here as partner age, affects signaling outcomes. We developed a word list with contemporary meanings to determine whether signalers consider age information when generating clue words for specific partners. When informed of a partner\u2019s age (i.e., 18-25 or 40-60) at the task\u2019s onset, we found some audience design evidence (Expt. 1), supporting its potential role in language evolution. When provided with frequent and disruptive reminders of a partner\u2019s age, signalers capitalized on this information more often (Expt. 2-3). Testing signalers\u2019 clues, however, did not yield more success for receivers guessing target words which were produced to be age-specific (Expt. 4).",
        "keywords": [
            "audience design, novel signaling paradigm, perspective-taking"
        ],
        "weburl": "paper.html?nr=70",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "71": {
        "title": "Which came first\u2014iconicity or symbolism?",
        "authors": [
            "Erica Cartmill",
            "Matt Cartmill",
            "Kaye Brown",
            "Jacob Gates Foster"
        ],
        "correspemails": [
            "ericac@iu.edu",
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_71.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_71.bib",
            "ris": "bib/evolang15_71.ris",
            "copy": "Cartmill, E., Cartmill, M., Brown, K. & Foster, J. G. (2024). Which came first\u2014iconicity or symbolism?. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Which+came+first%E2%80%94iconicity+or+symbolism%3F%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D71",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D71&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Which+came+first%E2%80%94iconicity+or+symbolism%3F%22+%23EvolangXV"
        },
        "summary": "Iconicity provides an attractive solution to the problem of how to get language started. If a human ancestor invented a word, how would you know what it meant? Iconicity solves this problem by proposing that similarities between icon and referent could scaffold meaning. This is a seductive proposal, but it assumes that early iconic reference was (1) easy to produce and (2) easy to understand. There is some evidence that iconicity may function this way in adult humans, but iconic reference is not easily understood by either young human children or great apes\u2014both of which have an easier time with conventional symbols. Conventions preceding icons can be seen in the gestures of apes and children, as well as in their abilities to understand gestures and drawings. Symbol-like markings also long predate iconic drawings in the archaeological record. Together, these sources of evidence suggest that symbolism preceded iconic reference in the evolution of language.",
        "keywords": [
            "iconicity, reference, gesture, drawing, apes, archeology"
        ],
        "weburl": "paper.html?nr=71",
        "date": "Sunday, May 19, 2024",
        "time": "14:20",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "14:20",
        "calendar_endTime": "14:45",
        "extra": "ASL interpretation"
    },
    "73": {
        "title": "Self-domestication traits in vocal learning mammals",
        "authors": [
            "Koen de Reus",
            "Antonio Ben\u00edtez-Burraco",
            "Taylor Hersh",
            "Nikita E. Groot",
            "Katie Slocombe",
            "Megan Lambert",
            "Sonja Vernes",
            "Limor Raviv"
        ],
        "correspemails": [
            "koen.dereus@mpi.nl",
            null,
            null,
            null,
            null,
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_73.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_73.bib",
            "ris": "bib/evolang15_73.ris",
            "copy": "de Reus, K., Ben\u00edtez-Burraco, A., Hersh, T., Groot, N. E., Slocombe, K., Lambert, M., Vernes, S. & Raviv, L. (2024). Self-domestication traits in vocal learning mammals. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Self-domestication+traits+in+vocal+learning+mammals%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D73",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D73&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Self-domestication+traits+in+vocal+learning+mammals%22+%23EvolangXV"
        },
        "summary": "Two theories, vocal learning (i.e., the ability to learn and modify vocalisations based on auditory experience) and self-domestication (i.e., selective pressures against aggression which give rise to a set of cognitive, behavioral, and physiological traits) have been posited to offer insights into how language emerged in humans. Could the theories be linked? First, both are associated to increased social tolerance and group structure. Second, certain domesticated species show increased vocal complexity due to changes in stress responses as they become tamed. Vocal learning abilities are observed in various non-human animal groups, including mammals such as elephants, bats, dolphins, whales, seals, and marmosets. In the current study, a cross-species comparison of over 20 domestication traits in vocal learning mammals revealed shared traits like prosociality, exploratory behavior, and play, suggesting that, when taken together, these traits may be linked to the evolution of language.",
        "keywords": [
            "language evolution, vocal learning, self-domestication, mammals, comparative research"
        ],
        "weburl": "paper.html?nr=73",
        "date": "Monday, May 20, 2024",
        "time": "14:00",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "14:00",
        "calendar_endTime": "14:25",
        "extra": null
    },
    "75": {
        "title": "The cultural evolution of informative writing systems",
        "authors": [
            "Jon Carr",
            "Kathleen Rastle"
        ],
        "correspemails": [
            "jon.carr@rhul.ac.uk",
            null
        ],
        "download": "papers/evolang15_paper_75.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_75.bib",
            "ris": "bib/evolang15_75.ris",
            "copy": "Carr, J. & Rastle, K. (2024). The cultural evolution of informative writing systems. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+cultural+evolution+of+informative+writing+systems%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D75",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D75&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+cultural+evolution+of+informative+writing+systems%22+%23EvolangXV"
        },
        "summary": "The written and spoken forms of a language are subject to different evolutionary pressures. Over time, this can result in substantial divergence between the two, as each form of the language becomes better adapted to its own niche. One example of this is the heterographic spelling of homophonous words, such as \u2018knight\u2019 and \u2018night.\u2019 Written wordforms such as these impose additional costs in learning but may be beneficial in reading because they reduce ambiguity. If the benefit in reading outweighs the cost in learning, heterography may be selected for in the evolution of writing systems. We investigate this possibility by experimentally simulating the evolution of orthographic systems using the iterated learning paradigm, and we consider two possible mechanisms by which heterography might emerge, differentiation and conservation. Our findings suggest that communicative pressure for informativeness can give rise to spellings that are more expressive than their spoken counterparts.",
        "keywords": [
            "communication, cultural evolution, informativity, iterated learning, orthography, spelling, sound change, writing"
        ],
        "weburl": "paper.html?nr=75",
        "date": "Tuesday, May 21, 2024",
        "time": "11:20",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "11:20",
        "calendar_endTime": "11:45",
        "extra": null
    },
    "76": {
        "title": "Compositionality as one of the enabling factors to communicate conceptualized meaning",
        "authors": [
            "Ibuki Iwamura",
            "Hayate Funakura",
            "Takashi Hashimoto"
        ],
        "correspemails": [
            "ibuki_iwamura@jaist.ac.jp",
            null,
            null
        ],
        "download": "papers/evolang15_paper_76.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_76.bib",
            "ris": "bib/evolang15_76.ris",
            "copy": "Iwamura, I., Funakura, H. & Hashimoto, T. (2024). Compositionality as one of the enabling factors to communicate conceptualized meaning. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Compositionality+as+one+of+the+enabling+factors+to+communicate+conceptualized+meaning%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D76",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D76&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Compositionality+as+one+of+the+enabling+factors+to+communicate+conceptualized+meaning%22+%23EvolangXV"
        },
        "summary": "Humans linguistically communicate conceptualized meanings that do not simply refer to the external world (Langacker, 2002). People may differently conceptualize the same objective event and reflect the different conceptualizations in linguistic forms. Thus, the meaning of a form is not uniquely determined by external event. The iterated learning model, a model for cultural evolution of compositional language (Kirby, 2002), does not treat conceptualized meanings since it posits that forms refer to external events. We investigate under what condition compositional language is transmitted when agents can encode their conceptualized meaning. We found that high TopSim did not guarantee stable transmission of compositional conceptualized language. We also observed a sudden decline of TopSim, where agent had linguistic knowledge with weak expressivity and multiple rules for a single meaning-form pair. This means that even if similar meanings are mapped to similar forms, the production processes may largely differ. TopSim cannot represent this difference.",
        "keywords": [
            "compositionality, conceptualized meaning"
        ],
        "weburl": "paper.html?nr=76",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "77": {
        "title": "The cognitive requirements for developing a multimodal communication system: Evidence from experimental semiotics and comparative cognition",
        "authors": [
            "Angelo Damiano Delliponti",
            "Elizabeth Qing Zhang",
            "Yen Ying Ng",
            "Michael Pleyer"
        ],
        "correspemails": [
            null,
            null,
            null,
            "pleyer@umk.pl"
        ],
        "download": "papers/evolang15_paper_77.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_77.bib",
            "ris": "bib/evolang15_77.ris",
            "copy": "Delliponti, A. D., Zhang, E. Q., Ng, Y. Y. & Pleyer, M. (2024). The cognitive requirements for developing a multimodal communication system: Evidence from experimental semiotics and comparative cognition. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+cognitive+requirements+for+developing+a+multimodal+communication+system%3A+Evidence+from+experimental+semiotics+and+comparative+cognition%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D77",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D77&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+cognitive+requirements+for+developing+a+multimodal+communication+system%3A+Evidence+from+experimental+semiotics+and+comparative+cognition%22+%23EvolangXV"
        },
        "summary": "Specifying the cognitive requirements for developing a structured, symbolic communication system is crucial when considering what made humans language-ready and enabled them to create language. It is equally important to understand to which extent these requirements are shared with other animals and how they evolved. Experimental semiotics elucidates the processes and necessary requirements for the emergence of a symbolic communication system in interaction. We take an evolutionary perspective to find out what cognitive abilities are essential for successful communication, and to what extent these cognitive abilities are present in animals. By conducting a meta-analysis of existing studies and comparing cognitive abilities across species, we identify common factors like theory of mind and categorical perception and highlight the similarities and differences in these abilities between humans and animals. This innovative approach provides valuable insights into the cognitive underpinnings of symbolic communication system emergence, contributing to our understanding of language evolution.",
        "keywords": [
            "experimental semiotics, comparative cognition, symbolic communication, cognitive abilities"
        ],
        "weburl": "paper.html?nr=77",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "79": {
        "title": "Simplifications made early in learning can reshape language complexity",
        "authors": [
            "Kenny Smith"
        ],
        "correspemails": [
            "kenny.smith@ed.ac.uk"
        ],
        "download": "papers/evolang15_paper_79.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_79.bib",
            "ris": "bib/evolang15_79.ris",
            "copy": "Smith, K. (2024). Simplifications made early in learning can reshape language complexity. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Simplifications+made+early+in+learning+can+reshape+language+complexity%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D79",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D79&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Simplifications+made+early+in+learning+can+reshape+language+complexity%22+%23EvolangXV"
        },
        "summary": "Languages spoken in larger populations seem to be relatively simple. One possible explanation is that this is a consequence of the simplifying influence of non-native speakers: adult learners tend to reduce complexity during learning, and large languages tend to have a higher proportion of non-native speakers. This hypothesis, that languages adapt to their social niche, receives some statistical support from typological studies which show negative correlations between number of non-native speakers and morphological complexity. It has also been subjected to experimental tests using artificial language learning techniques, exploring the impact of simplifications made by non-native-like early learners on morphological complexity. Here I report a series of experiments which reconciles an apparent conflict in results reported in the existing experimental literature and indicates that the presence of non-native-like early learners in a population can lead to gradual simplification of morphology.",
        "keywords": [
            "language complexity, adult learning, artificial language learning, iterated learning, linguistic niche hypothesis"
        ],
        "weburl": "paper.html?nr=79",
        "date": "Monday, May 20, 2024",
        "time": "16:10",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "16:10",
        "calendar_endTime": "16:35",
        "extra": null
    },
    "80": {
        "title": "Emergent grammar from a minimal cognitive architecture",
        "authors": [
            "Anna Jon-And",
            "J\u00e9r\u00f4me Michaud"
        ],
        "correspemails": [
            "anna.jon-and@su.se",
            null
        ],
        "download": "papers/evolang15_paper_80.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_80.bib",
            "ris": "bib/evolang15_80.ris",
            "copy": "Jon-And, A. & Michaud, J. (2024). Emergent grammar from a minimal cognitive architecture. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Emergent+grammar+from+a+minimal+cognitive+architecture%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D80",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D80&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Emergent+grammar+from+a+minimal+cognitive+architecture%22+%23EvolangXV"
        },
        "summary": "In this paper, we introduce a minimal cognitive architecture designed to explore the mechanisms underlying human language learning abilities. Our model inspired by research in artificial intelligence incorporates sequence memory, chunking and schematizing as key domain-general cognitive mechanisms. It combines an emergentist approach with the generativist theory of type systems. By modifying the type system to operationalize theories on usage-based learning and emergent grammar, we build a bridge between theoretical paradigms that are usually considered incompatible. Using a minimal error-correction reinforcement learning approach, we show that our model is able to extract functional grammatical systems from limited exposure to small artificial languages. Our results challenge the need for complex predispositions for language and offer a promising path for further development in understanding cognitive prerequisites for language and the emergence of grammar during learning.",
        "keywords": [
            "emergence of grammar, language acquisition, reinforcement learning, cognitive artificial intelligence"
        ],
        "weburl": "paper.html?nr=80",
        "date": "Monday, May 20, 2024",
        "time": "14:50",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "14:50",
        "calendar_endTime": "15:15",
        "extra": null
    },
    "82": {
        "title": "Artifacts, analogy, and metaphor: Inferring the cognitive foundations of metaphor from an archaeological and comparative perspective",
        "authors": [
            "Svetlana Kuleshova",
            "Elizabeth Qing Zhang",
            "Michael Pleyer"
        ],
        "correspemails": [
            "40010189@parisnanterre.fr",
            null,
            null
        ],
        "download": "papers/evolang15_paper_82.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_82.bib",
            "ris": "bib/evolang15_82.ris",
            "copy": "Kuleshova, S., Zhang, E. Q. & Pleyer, M. (2024). Artifacts, analogy, and metaphor: Inferring the cognitive foundations of metaphor from an archaeological and comparative perspective. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Artifacts%2C+analogy%2C+and+metaphor%3A+Inferring+the+cognitive+foundations+of+metaphor+from+an+archaeological+and+comparative+perspective%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D82",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D82&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Artifacts%2C+analogy%2C+and+metaphor%3A+Inferring+the+cognitive+foundations+of+metaphor+from+an+archaeological+and+comparative+perspective%22+%23EvolangXV"
        },
        "summary": "Metaphor is central to human language and cognition. It has also been proposed to play an important role in language evolution. For these reasons, the evolution of metaphor and the cognitive processes supporting it are an important explanatory target for evolutionary accounts of human language. Here, we focus on the evolution of one particular capacity supporting metaphor, that of analogy. We integrate data from comparative psychology and cognitive archaeology to investigate the evolution of analogy as well as its evolutionary foundations. We present evidence that many aspects of analogy display evolutionary continuity between humans and non-human animals. In addition, we propose that analogical capacities can also be inferred from the archaeological record by looking at productional diversity in tool-making. Overall, we argue that analogy as an important cognitive process supporting metaphor has deep evolutionary roots.",
        "keywords": [
            "metaphor, analogy, archaeology, comparative cognition, language evolution"
        ],
        "weburl": "paper.html?nr=82",
        "date": "Tuesday, May 21, 2024",
        "time": "11:45",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "11:45",
        "calendar_endTime": "12:10",
        "extra": null
    },
    "83": {
        "title": "Entrenchment, conventionalization and cumulative culture: A usage-based perspective on language evolution",
        "authors": [
            "Michael Pleyer",
            "Jakob Neels",
            "Stefan Hartmann"
        ],
        "correspemails": [
            "pleyer@umk.pl",
            null,
            null
        ],
        "download": "papers/evolang15_paper_83.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_83.bib",
            "ris": "bib/evolang15_83.ris",
            "copy": "Pleyer, M., Neels, J. & Hartmann, S. (2024). Entrenchment, conventionalization and cumulative culture: A usage-based perspective on language evolution. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Entrenchment%2C+conventionalization+and+cumulative+culture%3A+A+usage-based+perspective+on+language+evolution%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D83",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D83&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Entrenchment%2C+conventionalization+and+cumulative+culture%3A+A+usage-based+perspective+on+language+evolution%22+%23EvolangXV"
        },
        "summary": "This paper discusses how concepts from usage-based linguistics can prove fruitful in investigating the evolution of language. In particular, we focus on recent developments in usage-based approaches to language and the question of how they can inform an account of how fully-fledged language emerged from protolinguistic communication. Specifically, we focus on the concepts of entrenchment and conventionalization as well as their interaction in processes of language change and grammaticalization, and we discuss whether and to what extent such concepts can also account for the emergence of structure in hominin interactions.",
        "keywords": [
            "entrenchment, conventionalization, cumulative cultural evolution, usage-based approaches, language evolution"
        ],
        "weburl": "paper.html?nr=83",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "84": {
        "title": "Using the scale of innovation to study the evolution of language",
        "authors": [
            "Annie Holtz"
        ],
        "correspemails": [
            "annie.holtz@ed.ac.uk"
        ],
        "download": "papers/evolang15_paper_84.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_84.bib",
            "ris": "bib/evolang15_84.ris",
            "copy": "Holtz, A. (2024). Using the scale of innovation to study the evolution of language. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Using+the+scale+of+innovation+to+study+the+evolution+of+language%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D84",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D84&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Using+the+scale+of+innovation+to+study+the+evolution+of+language%22+%23EvolangXV"
        },
        "summary": "In this paper I introduce a theoretical construct called the Scale of Innovation. This is an ordered continuum of experimental tasks and contexts used in the study of language evolution and other linguistic phenomena. The structure of the scale is based on the amount of innovation that is required to complete the experimental task in a given paradigm. Using a review of existing experimental literature across both phonology and syntax I show that manipulating the amount of innovation required in the experiment reveals a division between the types of cognitive biases which are active at different ends of the scale. This is further strengthened by a new set of artificial language learning experiments that find evidence for different types of cognitive biases in participant's behaviour depending the amount of innovation they have to perform. Finally, I discuss possible parallels between the structure of the scale and theories of language evolution.",
        "keywords": [
            "cognitive biases, learning, improvisation, typology"
        ],
        "weburl": "paper.html?nr=84",
        "date": "Tuesday, May 21, 2024",
        "time": "15:15",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "15:15",
        "calendar_endTime": "15:40",
        "extra": null
    },
    "85": {
        "title": "Do semiotics experiments really show the \"superiority\" of gesture over vocalization for iconic representation? And even if they do, does it matter?",
        "authors": [
            "Marcus Perlman",
            "Vinicius Macuch Silva"
        ],
        "correspemails": [
            "m.perlman@bham.ac.uk",
            null
        ],
        "download": "papers/evolang15_paper_85.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_85.bib",
            "ris": "bib/evolang15_85.ris",
            "copy": "Perlman, M. & Macuch Silva, V. (2024). Do semiotics experiments really show the \"superiority\" of gesture over vocalization for iconic representation? And even if they do, does it matter?. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Do+semiotics+experiments+really+show+the+%22superiority%22+of+gesture+over+vocalization+for+iconic+representation%3F+And+even+if+they+do%2C+does+it+matter%3F%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D85",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D85&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Do+semiotics+experiments+really+show+the+%22superiority%22+of+gesture+over+vocalization+for+iconic+representation%3F+And+even+if+they+do%2C+does+it+matter%3F%22+%23EvolangXV"
        },
        "summary": "This paper challenges the prevailing view that gestures are inherently superior to vocalizations for iconic representation, and thus, for grounding the creation of symbols. Existing research often cites semiotics experiments where participants communicate more effectively with gestures than vocalizations as evidence of this superiority. However, we argue these experiments are flawed for two key reasons. First, they constrain the use of convention differently in each modality, allowing complete freedom in gesture while restricting vocalization. Second, by isolating vocalizations as purely acoustic and gestures as purely visual, they create an artificial division that favors gestures. We conclude by questioning whether it even matters if gestures are \u201csuperior\u201d to vocalizations in their potential for iconicity. While guessing accuracy may be higher with gestures, semiotics experiments show that vocalizations also afford plenty of iconicity. This raises important questions for understanding the complementary roles of vocalization and gesture in a multimodal evolution of language.",
        "keywords": [
            "iconicity; experimental semiotics; communication games; modality; vocalization; gesture"
        ],
        "weburl": "paper.html?nr=85",
        "date": "Monday, May 20, 2024",
        "time": "10:15",
        "location": "Ballroom D (Track 4)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "10:15",
        "calendar_endTime": "10:40",
        "extra": null
    },
    "86": {
        "title": "Gender balance in evolutionary linguistics",
        "authors": [
            "Sean G Roberts",
            "Christine Cuskley"
        ],
        "correspemails": [
            "RobertsS55@cardiff.ac.uk",
            null
        ],
        "download": "papers/evolang15_paper_86.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_86.bib",
            "ris": "bib/evolang15_86.ris",
            "copy": "Roberts, S. G. & Cuskley, C. (2024). Gender balance in evolutionary linguistics. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Gender+balance+in+evolutionary+linguistics%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D86",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D86&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Gender+balance+in+evolutionary+linguistics%22+%23EvolangXV"
        },
        "summary": "One important step towards improving equity, diversity and inclusion in a given field is to be aware of current imbalances in the distributions of identities of researchers. However, intuitions about these imbalances can be inaccurate due to various cognitive biases about the perception of individuals and the norms in the field. This complicates decision making about where to invest resources in student recruitment, job recruitment and outreach. One productive step is to explicitly monitor imbalances using objective methods. This study looks at the distribution of genders across sub-fields of the field of evolutionary linguistics, broadly construed. We find evidence of several biases, including general biases in feeder subjects and biases specific to language evolution.",
        "keywords": [
            "gender, equity, sign language"
        ],
        "weburl": "paper.html?nr=86",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "87": {
        "title": "Testing the linguistic niche hypothesis in large language models with a multilingual Wug Test",
        "authors": [
            "Anh Dang",
            "Limor Raviv",
            "Lukas Galke"
        ],
        "correspemails": [
            "thithaoanh.dangthithaoanh@ru.nl",
            null,
            null
        ],
        "download": "papers/evolang15_paper_87.pdf",
        "supplementaryMaterial": "papers/evolang15_supplementary_material_87.pdf",
        "citations": {
            "bibtex": "bib/evolang15_87.bib",
            "ris": "bib/evolang15_87.ris",
            "copy": "Dang, A., Raviv, L. & Galke, L. (2024). Testing the linguistic niche hypothesis in large language models with a multilingual Wug Test. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Testing+the+linguistic+niche+hypothesis+in+large+language+models+with+a+multilingual+Wug+Test%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D87",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D87&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Testing+the+linguistic+niche+hypothesis+in+large+language+models+with+a+multilingual+Wug+Test%22+%23EvolangXV"
        },
        "summary": "We develop and apply a multilingual version of the Wug Test, an artificial word completion test that is typically used to test the morphosyntactic knowledge of children to the GPT family of large language models. The answers from the models were evaluated by native speakers, who judged whether the generated inflected and derived forms conform to their native language\u2019s morphological rules. Our results are promising: Despite German having 50 times more representation than Vietnamese in GPT-3\u2019s training data (1.67583% compared to 0.03373%), the model scores higher on the less complex (w.r.t. e-complexity and i-complexity measures) Vietnamese morphological system \u2013 indicating that less complex morphological systems are learned better by a large language model, even given much less data. Our findings provide empirical support for the linguistic niche hypothesis, and underscore the potential of LLMs for language evolution research.",
        "keywords": [
            "linguistic niche hypothesis, large language models, wug test, morphosyntax, crosslinguistic analysis, language evolution"
        ],
        "weburl": "paper.html?nr=87",
        "date": "Monday, May 20, 2024",
        "time": "17:00",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "17:00",
        "calendar_endTime": "17:25",
        "extra": null
    },
    "88": {
        "title": "Cross-population variation in usage of a call combination: Evidence of signal usage optionality in wild bonobos",
        "authors": [
            "Isaac Schamberg",
            "Martin Surbeck",
            "Simon W. Townsend"
        ],
        "correspemails": [
            "isaac.schamberg@gmail.com",
            null,
            null
        ],
        "download": "papers/evolang15_paper_88.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_88.bib",
            "ris": "bib/evolang15_88.ris",
            "copy": "Schamberg, I., Surbeck, M. & Townsend, S. W. (2024). Cross-population variation in usage of a call combination: Evidence of signal usage optionality in wild bonobos. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Cross-population+variation+in+usage+of+a+call+combination%3A+Evidence+of+signal+usage+optionality+in+wild+bonobos%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D88",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D88&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Cross-population+variation+in+usage+of+a+call+combination%3A+Evidence+of+signal+usage+optionality+in+wild+bonobos%22+%23EvolangXV"
        },
        "summary": "Non-human communication systems do not appear to exhibit the degree of arbitrariness present in language, but the precise connection between signal and function (or meaning) in animal communication is an open question. We address this question by comparing the usage of long-distance vocalizations produced in two populations of bonobos (Pan paniscus). We present data on the contexts in which high hoots and whistle-high hoots are produced in order to investigate potential shifts in call usage between populations.  \nOur results reveal a significant between-population difference in bonobos\u2019 use of the whistle-high hoot call combination. Bonobos at the Kokolopori field site were significantly more likely to produce the combination upon arrival at a feeding tree, compared to LuiKotale bonobos. This difference may be an example of signal usage optionality\u2013i.e., bonobos in the two populations may use the same signal for subtly different purposes. This variation in the context of call production provides, to our knowledge, some of the first evidence of a capacity for a signal usage adjustment in a wild primate.",
        "keywords": [
            "arbitrariness, optionality, bonobos, animal communication"
        ],
        "weburl": "paper.html?nr=88",
        "date": "Tuesday, May 21, 2024",
        "time": "11:20",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "11:20",
        "calendar_endTime": "11:45",
        "extra": null
    },
    "89": {
        "title": "Metaphor, emotion, and the evolved sensory interface",
        "authors": [
            "Frank H. Durgin",
            "Annabella Boardman"
        ],
        "correspemails": [
            "fdurgin1@swarthmore.edu",
            null
        ],
        "download": "papers/evolang15_paper_89.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_89.bib",
            "ris": "bib/evolang15_89.ris",
            "copy": "Durgin, F. H. & Boardman, A. (2024). Metaphor, emotion, and the evolved sensory interface. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Metaphor%2C+emotion%2C+and+the+evolved+sensory+interface%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D89",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D89&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Metaphor%2C+emotion%2C+and+the+evolved+sensory+interface%22+%23EvolangXV"
        },
        "summary": "Languages use figurative meanings derived from sensory experience. Sensory experience itself is an evolved interface rather than a true reporting of objective reality, and it contains a shared source of categories (e.g., warm, bitter, dark) upon which to ground language learning. Most sensory categories are additionally used to describe aspects of our social experience with usages that are similar across languages. Here we consider whether the content of these figurative usages is exclusively emotional. We used 99 concepts commonly metaphorized by 54 sensory/spatial adjectives. We measured the emotional content of those concepts using the semantic differential, and then used dual categorization tasks (IATs) to measure human conceptual alignments between concepts (N = 3405). Emotional content strongly predicted alignments, but significant additional alignment was found when two concepts shared a common sensory metaphor.  Sensory metaphor conveys conceptual social information that goes well beyond emotional content.",
        "keywords": [
            "sensory interface, metaphor, evolution, emotion"
        ],
        "weburl": "paper.html?nr=89",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "90": {
        "title": "The role of generalisation in an Adaptive Resonance Theory model of learning inflection classes",
        "authors": [
            "Peter Dekker",
            "Heikki Rasilo",
            "Bart de Boer"
        ],
        "correspemails": [
            "peter.dekker@ai.vub.ac.be",
            null,
            null
        ],
        "download": "papers/evolang15_paper_90.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_90.bib",
            "ris": "bib/evolang15_90.ris",
            "copy": "Dekker, P., Rasilo, H. & de Boer, B. (2024). The role of generalisation in an Adaptive Resonance Theory model of learning inflection classes. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+role+of+generalisation+in+an+Adaptive+Resonance+Theory+model+of+learning+inflection+classes%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D90",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D90&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+role+of+generalisation+in+an+Adaptive+Resonance+Theory+model+of+learning+inflection+classes%22+%23EvolangXV"
        },
        "summary": "Language users can generalise encountered linguistic rules and apply them in new contexts, for example to conjugate unseen words. Inflection classes, groups of words that are inflected in the same way, help language users to deduce unseen word forms based on the patterns characteristic to the class. To simulate the evolution of inflection classes, one needs a component for their acquisition on the individual level. We model this individual learning task by using an unsupervised Adaptive Resonance Theory 1 (ART1) model, whose level of generalisation can be adjusted with a single parameter. We find a range of generalisation values for which ART1 is able to incrementally learn inflection classes for the Latin present tense. Analysis of the clusters shows a good match between the learned categories and the attested inflection classes. This method could eventually be used as a component in a diachronic model, studying the evolution of inflection classes.",
        "keywords": [
            "adaptive resonance theory, inflection classes, generalisation, language learning"
        ],
        "weburl": "paper.html?nr=90",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "92": {
        "title": "A tool for exploring building blocks in speech and animal vocalizations",
        "authors": [
            "Yannick Jadoul",
            "Bart de Boer"
        ],
        "correspemails": [
            "Yannick.Jadoul@uniroma1.it",
            null
        ],
        "download": "papers/evolang15_paper_92.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_92.bib",
            "ris": "bib/evolang15_92.ris",
            "copy": "Jadoul, Y. & de Boer, B. (2024). A tool for exploring building blocks in speech and animal vocalizations. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22A+tool+for+exploring+building+blocks+in+speech+and+animal+vocalizations%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D92",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D92&quote=Check+out+this+paper+from+Evolang+XV%3A+%22A+tool+for+exploring+building+blocks+in+speech+and+animal+vocalizations%22+%23EvolangXV"
        },
        "summary": "An important characteristic of human language is that it combines a small set of building blocks into an unlimited set of utterances. Similar structure can be found in animal vocalizations but the evolutionary link with human speech is not clear yet. We present a tool, based on frequent sequence mining algorithms, to identify building blocks directly from the signal, with as little bias from linguistic notions as possible. We evaluated our tool on a highly-structured dataset of recorded words, and found that the tool captures distinct and relevant building blocks and provides insight into the structure of the acoustic data. Our preliminary results show the proposed method to be a promising approach for the analysis of combinatorial structure in human speech and animal vocalizations.",
        "keywords": [
            "pattern mining, speech, bioacoustics, combinatorial structure, building blocks"
        ],
        "weburl": "paper.html?nr=92",
        "date": "Sunday, May 19, 2024",
        "time": "13:55",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "13:55",
        "calendar_endTime": "14:20",
        "extra": null
    },
    "93": {
        "title": "Rats (<i>Rattus norvegicus</i>) detect temporal rather than melodic changes",
        "authors": [
            "Ferran Mayayo",
            "Juan Manuel Toro"
        ],
        "correspemails": [
            "ferran.mayayo@upf.edu",
            null
        ],
        "download": "papers/evolang15_paper_93.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_93.bib",
            "ris": "bib/evolang15_93.ris",
            "copy": "Mayayo, F. & Toro, J. M. (2024). Rats (Rattus norvegicus) detect temporal rather than melodic changes. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Rats+%28Rattus+norvegicus%29+detect+temporal+rather+than+melodic+changes%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D93",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D93&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Rats+%28Rattus+norvegicus%29+detect+temporal+rather+than+melodic+changes%22+%23EvolangXV"
        },
        "summary": "The perception of musical meter is one of the fundamental rhythmic abilities in humans, though no consistent evidence has been found in non-human animals. We explored the extent to which the basis for meter perception can be found in non-human animals that are not vocal learners, such as the rat. We familiarized 40 na\u00efve rats to auditory rhythmic sequences evoking a metrical structure. Then, we tested whether they could discriminate between familiar and novel sequences on the basis of metrical structures. In a first experiment, we observed discrimination between familiar and novel sequences only when the temporal organization of events differed (isochronous vs. non-isochronous sequences). In a second experiment, rats were able to discriminate sequences with different metrical structures, rhythmic grouping, or ratio. In summary, rats can detect differences between sequences when these are present on a temporal level rather than a melodic or tonal level.",
        "keywords": [
            "music cognition, rhythm perception, meter induction, rats, rhythmic pattern"
        ],
        "weburl": "paper.html?nr=93",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "94": {
        "title": "Systemic structure of kinship is shaped by evolutionary processes",
        "authors": [
            "Maisy Hallam",
            "Fiona M. Jordan",
            "Simon Kirby",
            "Kenny Smith"
        ],
        "correspemails": [
            "maisy.hallam@ed.ac.uk",
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_94.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_94.bib",
            "ris": "bib/evolang15_94.ris",
            "copy": "Hallam, M., Jordan, F. M., Kirby, S. & Smith, K. (2024). Systemic structure of kinship is shaped by evolutionary processes. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Systemic+structure+of+kinship+is+shaped+by+evolutionary+processes%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D94",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D94&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Systemic+structure+of+kinship+is+shaped+by+evolutionary+processes%22+%23EvolangXV"
        },
        "summary": "Kinship terminology is cognitive and social category system used to group or distinguish family members. While the number of terms and which relatives are categorised together varies cross-linguistically, this variation is constrained, and not all theoretically possible categories are attested.\n\nLike other semantic domains such as colour or number, kinship terminology has been proposed to maximise communicative efficiency: extant kinship systems optimally trade off competing pressures for simplicity and informativeness. It has also been suggested that kinship systems are constrained by their evolutionary process, characterised by chains of related changes between similar relatives, which increases system-wide predictability.\n\nHere, we show that kinship terms are highly predictive between two generations of kin, reflected by high mutual information between generations. We propose that predictive structure enables kinship terminology to optimally balance simplicity and informativeness: the more structural information we can generalise, the more resources can be invested in finer-grain distinctions between relatives.",
        "keywords": [
            "kinship systems, language evolution, crosslinguistic variation, simulation"
        ],
        "weburl": "paper.html?nr=94",
        "date": "Monday, May 20, 2024",
        "time": "16:35",
        "location": "Ballroom D (Track 4)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "16:35",
        "calendar_endTime": "17:00",
        "extra": null
    },
    "96": {
        "title": "Communication and linguistic structure in collaborative human-machine language evolution",
        "authors": [
            "Tom Kouwenhoven",
            "Neval Kara",
            "Tessa Verhoef"
        ],
        "correspemails": [
            "t.kouwenhoven@liacs.leidenuniv.nl",
            null,
            null
        ],
        "download": "papers/evolang15_paper_96.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_96.bib",
            "ris": "bib/evolang15_96.ris",
            "copy": "Kouwenhoven, T., Kara, N. & Verhoef, T. (2024). Communication and linguistic structure in collaborative human-machine language evolution. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Communication+and+linguistic+structure+in+collaborative+human-machine+language+evolution%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D96",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D96&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Communication+and+linguistic+structure+in+collaborative+human-machine+language+evolution%22+%23EvolangXV"
        },
        "summary": "In this pilot study, we examine whether LLMs can act as controlled variables in experiments on language evolution. Specifically, we assess if linguistic structure evolves when participants (n=10) communicate with a large language model (LLM, text-davinci-003) in the Lewis signalling game. We describe that while participants struggle to learn the initial holistic language, they can correctly label objects after an exposure phase. Yet, using this language for communication proves challenging, with accuracy not improving over rounds. We attribute this to the LLMs' inability to leverage information from past experiences (e.g., (un)successful communication) to update its behaviours. Our results, moreover, show that the evolution of linguistic structure in this collaborative human-machine experiment does not change as radically as in earlier human-only experiments. However, the labelling systems do not completely collapse, which is promising given that experiments with human-human dyads have shown that interaction dynamics and personal differences affect how language evolves. While our work is preliminary and only a first step in human-machine language evolution, it opens possibilities for future work in which one communicative partner can be relatively fixed and kept under experimental control. For example, in more complex setups like iterated learning or by comparing languages from human-human with human-computer experiments to isolate biases of a single human in cooperative settings.",
        "keywords": [
            "linguistic structure, compositionality, human-machine collaboration, language evolution"
        ],
        "weburl": "paper.html?nr=96",
        "date": "Tuesday, May 21, 2024",
        "time": "14:25",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "14:25",
        "calendar_endTime": "14:50",
        "extra": null
    },
    "98": {
        "title": "3SG is the most conservative subject marker across languages: An exploratory study of rate of change",
        "authors": [
            "Peter Dekker",
            "Sonja Gipper",
            "Bart de Boer"
        ],
        "correspemails": [
            "peter.dekker@ai.vub.ac.be",
            null,
            null
        ],
        "download": "papers/evolang15_paper_98.pdf",
        "supplementaryMaterial": "papers/evolang15_supplementary_material_98.pdf",
        "citations": {
            "bibtex": "bib/evolang15_98.bib",
            "ris": "bib/evolang15_98.ris",
            "copy": "Dekker, P., Gipper, S. & de Boer, B. (2024). 3SG is the most conservative subject marker across languages: An exploratory study of rate of change. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%223SG+is+the+most+conservative+subject+marker+across+languages%3A+An+exploratory+study+of+rate+of+change%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D98",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D98&quote=Check+out+this+paper+from+Evolang+XV%3A+%223SG+is+the+most+conservative+subject+marker+across+languages%3A+An+exploratory+study+of+rate+of+change%22+%23EvolangXV"
        },
        "summary": "In this paper, we investigate the rate of change of different person-number subject markers. We perform a cross-linguistic study on the dissimilarity between proto and modern forms, showing that 3SG is the most conservative subject marker across languages. We discuss the mechanisms that could explain this diachronic pattern, such as frequency of use, markedness, and attractor lengths. Our exploratory analysis highlights how existing linguistic datasets can be used to study new research questions.",
        "keywords": [
            "subject markers, person markers, language change, rate of change, frequency, markedness, attractors"
        ],
        "weburl": "paper.html?nr=98",
        "date": "Monday, May 20, 2024",
        "time": "10:40",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "10:40",
        "calendar_endTime": "11:05",
        "extra": null
    },
    "99": {
        "title": "Finding proportionality in computational approaches to morphological change",
        "authors": [
            "Alexandru Craevschi",
            "Sarah Babinski",
            "Chundra Cathcart"
        ],
        "correspemails": [
            "alexandru.craevschi@uzh.ch",
            null,
            null
        ],
        "download": "papers/evolang15_paper_99.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_99.bib",
            "ris": "bib/evolang15_99.ris",
            "copy": "Craevschi, A., Babinski, S. & Cathcart, C. (2024). Finding proportionality in computational approaches to morphological change. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Finding+proportionality+in+computational+approaches+to+morphological+change%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D99",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D99&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Finding+proportionality+in+computational+approaches+to+morphological+change%22+%23EvolangXV"
        },
        "summary": "Proportional mechanisms are thought to play a major role in morphological change. This paper explores the extent to which simple models of morphological inflection embody proportional behavior. Using models with varying semantic representations, architectures, and decoding schemes, we find that errors produced by these models form a valid proportion with forms found in the training data relatively infrequently. We discuss the implications of this finding for research seeking to recapitulate diachronic processes using models of this sort.",
        "keywords": [
            "morphological change, analogy, computational morphology"
        ],
        "weburl": "paper.html?nr=99",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "100": {
        "title": "Simulating dependency length minimization using neural-network based learning and communication",
        "authors": [
            "Yuqing Zhang",
            "Tessa Verhoef",
            "Yuchen Lian",
            "Gertjan van Noord",
            "Arianna Bisazza"
        ],
        "correspemails": [
            "yuqing.zhang@rug.nl",
            null,
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_100.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_100.bib",
            "ris": "bib/evolang15_100.ris",
            "copy": "Zhang, Y., Verhoef, T., Lian, Y., Noord, G. v. & Bisazza, A. (2024). Simulating dependency length minimization using neural-network based learning and communication. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Simulating+dependency+length+minimization+using+neural-network+based+learning+and+communication%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D100",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D100&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Simulating+dependency+length+minimization+using+neural-network+based+learning+and+communication%22+%23EvolangXV"
        },
        "summary": "Natural languages show a tendency to minimize the linear distance between heads and their dependents in a sentence, known as dependency length minimization (DLM). Such a preference, however, has not been consistently replicated with neural agent simulations. Comparing the behavior of models with that of human learners can reveal which aspects affect the emergence of this phenomenon. In this work, we investigate the minimal conditions that may lead neural learners to develop a DLM preference. We add three factors to the standard neural-agent language learning and communication framework to make the simulation more realistic, namely: (i) the presence of noise during listening, (ii) context-sensitivity of word use through non-uniform conditional word distributions, and (iii) incremental sentence processing. While no preference appears in production, we show that the proposed factors can contribute to a small but consistent learning advantage for DLM in verb-initial languages.",
        "keywords": [
            "neural-network based simulations, language universals, dependency length minimization"
        ],
        "weburl": "paper.html?nr=100",
        "date": "Tuesday, May 21, 2024",
        "time": "14:50",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "14:50",
        "calendar_endTime": "15:15",
        "extra": null
    },
    "101": {
        "title": "What's the deal with large language models? A comparative evolutionary perspective",
        "authors": [
            "Molly Flaherty",
            "Christine Cuskley"
        ],
        "correspemails": [
            "moflaherty@davidson.edu",
            null
        ],
        "download": "papers/evolang15_paper_101.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_101.bib",
            "ris": "bib/evolang15_101.ris",
            "copy": "Flaherty, M. & Cuskley, C. (2024). What's the deal with large language models? A comparative evolutionary perspective. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22What%27s+the+deal+with+large+language+models%3F+A+comparative+evolutionary+perspective%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D101",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D101&quote=Check+out+this+paper+from+Evolang+XV%3A+%22What%27s+the+deal+with+large+language+models%3F+A+comparative+evolutionary+perspective%22+%23EvolangXV"
        },
        "summary": "Text generated by large language models (LLMs) is now often indistinguishable from text generated by humans. Recently some cognitive scientists have declared that either impressive LLM performance, or its specific shortcomings, provides compelling new evidence for longstanding debates about domain specificity and innateness of language. Here we argue instead that LLMs are a case of an analogous trait to human language, representing (if anything) partially overlapping convergent evolution, by means of human design rather than natural selection. We report tests of a series of Artificial Language Learning (ALL) tasks focusing on training on partial systematic vocabularies with structured meaning spaces followed by test on full vocabulary. Text only models were relatively successful in learning labels for seen items and recalling the meanings of novel words (unseen items). Some multi-modal models had comparable performance for learning labels, but when asked to generate descriptions of images for novel words results were inconsistent.",
        "keywords": [
            "large language models, comparative, artificial language learning"
        ],
        "weburl": "paper.html?nr=101",
        "date": "Monday, May 20, 2024",
        "time": "14:00",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "14:00",
        "calendar_endTime": "14:25",
        "extra": null
    },
    "102": {
        "title": "Phonetic properties of chimpanzee, gorilla, and orangutan hoots tell a uniform story \u2013 and point to new frontiers",
        "authors": [
            "Axel G. Ekstr\u00f6m",
            "Lara Nellissen",
            "Tatiana Bortolato",
            "Catherine Crockford",
            "Jens Edlund",
            "Shelly Masi",
            "Klaus Zuberb\u00fchler",
            "Adriano R Lameira",
            "Roman W. Wittig",
            "Sven Grawunder",
            "Steven Moran"
        ],
        "correspemails": [
            "axeleks@kth.se",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_102.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_102.bib",
            "ris": "bib/evolang15_102.ris",
            "copy": "Ekstr\u00f6m, A. G., Nellissen, L., Bortolato, T., Crockford, C., Edlund, J., Masi, S., Zuberb\u00fchler, K., Lameira, A. R., Wittig, R. W., Grawunder, S. & Moran, S. (2024). Phonetic properties of chimpanzee, gorilla, and orangutan hoots tell a uniform story \u2013 and point to new frontiers. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Phonetic+properties+of+chimpanzee%2C+gorilla%2C+and+orangutan+hoots+tell+a+uniform+story+%E2%80%93+and+point+to+new+frontiers%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D102",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D102&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Phonetic+properties+of+chimpanzee%2C+gorilla%2C+and+orangutan+hoots+tell+a+uniform+story+%E2%80%93+and+point+to+new+frontiers%22+%23EvolangXV"
        },
        "summary": "We present a first\u2013ever comparison of phonetic properties across vocalizations by great apes. We show that \u201choot\u2013like\u201d calls by (males of) all non\u2013human great ape genera \u2013 chimpanzees, gorillas, and orangutans \u2013 overlap with those of human back rounded vowels. Intriguingly, observations from both comparative vocal morphology (non\u2013human great apes have short\u2013and\u2013narrow pharynges and tongues contained in the oral cavity) and observations of vocalizing animals (which do not appear to move their tongues while producing calls) they likely achieve these qualities disparately. Our work underlines the importance of studying the production of calls.",
        "keywords": [
            "great ape, speech production"
        ],
        "weburl": "paper.html?nr=102",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "103": {
        "title": "Seeing signs of morphology - Form-meaning relations in British Sign Language morphology are iconic for hearing non-signers",
        "authors": [
            "Hannah Lutzenberger",
            "Neil Fox",
            "Heidi Proctor",
            "Adam Schembri"
        ],
        "correspemails": [
            null,
            null,
            null,
            "a.schembri@bham.ac.uk"
        ],
        "download": "papers/evolang15_paper_103.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_103.bib",
            "ris": "bib/evolang15_103.ris",
            "copy": "Lutzenberger, H., Fox, N., Proctor, H. & Schembri, A. (2024). Seeing signs of morphology - Form-meaning relations in British Sign Language morphology are iconic for hearing non-signers. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Seeing+signs+of+morphology+-+Form-meaning+relations+in+British+Sign+Language+morphology+are+iconic+for+hearing+non-signers%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D103",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D103&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Seeing+signs+of+morphology+-+Form-meaning+relations+in+British+Sign+Language+morphology+are+iconic+for+hearing+non-signers%22+%23EvolangXV"
        },
        "summary": "Iconicity is a core property of spoken and signed languages and taps into shared human cognition. This study investigates whether the pervasive iconicity in sign language lexicons extends to morphology; anecdotal evidence suggests that sign language morphology is also shaped by iconicity as evidenced by considerable cross-linguistic similarities. We conducted a forced-choice guessing task on Prolific with 100 British participants without any sign language knowledge, priming them with a British Sign Language sign in citation form and its meaning and asking them to pick the best match from four English translation options for a form with morphological modification (verb directionality, aspect, verbal plural, nonmanual). We find that BSL morphology is iconic even without language knowledge and that this holds for all tested modifications, except verb directionality. Together, these findings suggest that iconicity in sign language morphology is accessible without sign language knowledge due to shared human cognition, highlighing the importance of the core property of iconicity in language emergence and evolution.",
        "keywords": [
            "iconicity; sign language morphology; cognition"
        ],
        "weburl": "paper.html?nr=103",
        "date": "Sunday, May 19, 2024",
        "time": "10:40",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "10:40",
        "calendar_endTime": "11:05",
        "extra": "ASL interpretation"
    },
    "104": {
        "title": "Iconicity and compositionality in emerging vocal communication systems: A Virtual Reality approach",
        "authors": [
            "Kotryna Motiekaityt\u0117",
            "Oxana Grosseck",
            "Luisa Wolf",
            "Hans Rutger Bosker",
            "David Peeters",
            "Marcus Perlman",
            "Gerardo Ortega",
            "Limor Raviv"
        ],
        "correspemails": [
            "kotryna.motiekaityte@mpi.nl",
            null,
            null,
            null,
            null,
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_104.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_104.bib",
            "ris": "bib/evolang15_104.ris",
            "copy": "Motiekaityt\u0117, K., Grosseck, O., Wolf, L., Bosker, H. R., Peeters, D., Perlman, M., Ortega, G. & Raviv, L. (2024). Iconicity and compositionality in emerging vocal communication systems: A Virtual Reality approach. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Iconicity+and+compositionality+in+emerging+vocal+communication+systems%3A+A+Virtual+Reality+approach%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D104",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D104&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Iconicity+and+compositionality+in+emerging+vocal+communication+systems%3A+A+Virtual+Reality+approach%22+%23EvolangXV"
        },
        "summary": "This project examines the emergence of iconicity and compositionality in novel communication systems across different modalities and meanings. 18 pairs communicated without using an existing language in a face-to-face VR environment in one of three conditions (vocalization-only, gesture-only, or multimodal). The stimuli were 32 fantasy creatures varying in shape (4 types), size (small vs. large), movement (walk vs. jump), and speed (fast vs. slow). We find that the gestural condition was the most communicatively successful, with the vocal and multimodal conditions demonstrating improved accuracy over time.\n\nThe annotation of the gesture condition is still ongoing, therefore here we focus on vocalizations. Regarding iconicity, multiple acoustic features were significantly related to given meanings (e.g., higher pitch for small creatures compared to big creatures). Regarding compositionality, all pairs developed varying levels of compositionality, which increased over time. Together, our results suggest that both iconicity and compositionality can develop in emerging vocal systems.",
        "keywords": [
            "communication game, multimodality, iconicity, compositionality, virtual reality"
        ],
        "weburl": "paper.html?nr=104",
        "date": "Monday, May 20, 2024",
        "time": "10:40",
        "location": "Ballroom D (Track 4)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "10:40",
        "calendar_endTime": "11:05",
        "extra": null
    },
    "105": {
        "title": "Alignment vs conflict of interests in language evolution: Two pathways to high-level mindreading",
        "authors": [
            "Angelo Damiano Delliponti",
            "Slawomir Wacewicz",
            "Michael Pleyer"
        ],
        "correspemails": [
            "angelo.d.delliponti@gmail.com",
            null,
            null
        ],
        "download": "papers/evolang15_paper_105.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_105.bib",
            "ris": "bib/evolang15_105.ris",
            "copy": "Delliponti, A. D., Wacewicz, S. & Pleyer, M. (2024). Alignment vs conflict of interests in language evolution: Two pathways to high-level mindreading. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Alignment+vs+conflict+of+interests+in+language+evolution%3A+Two+pathways+to+high-level+mindreading%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D105",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D105&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Alignment+vs+conflict+of+interests+in+language+evolution%3A+Two+pathways+to+high-level+mindreading%22+%23EvolangXV"
        },
        "summary": "The concept of High-Level Mindreading (HLM), a crucial cognitive ability underpinning language, is explored in the context of human evolution. While previous discussions focused on cooperative scenarios, this analysis delves into coopetitive situations and their relevance to HLM's evolution. The argument suggests that HLM's emergence is not solely due to optimizing communication for effective cooperation but also stems from the need for epistemic vigilance to ensure cooperation's stability.\n\nThe degree of alignment of interests between individuals becomes a predictive factor. When interests are highly aligned, cooperation is prioritized, emphasizing coordination and relevance optimization. However, in scenarios with lower interest alignment and increased risk of deception or defection, epistemic vigilance takes precedence over relevance optimization.\n\nThis dual-path framework complements existing theories, highlighting the role of cooperation in HLM's evolution. It underscores the importance of cognitive mechanisms for optimizing the effectiveness and stability of cooperation, depending on the degree of interest alignment.",
        "keywords": [
            "language evolution, cooperation, conflict of interests, ostensive communication, epistemic vigilance"
        ],
        "weburl": "paper.html?nr=105",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "106": {
        "title": "Defining the building blocks of pragmatic competence: The social context of language evolution",
        "authors": [
            "Miranda Dickerman",
            "Joseph Mine",
            "Simon W. Townsend",
            "Sabine Stoll"
        ],
        "correspemails": [
            "miranda.dickerman@uzh.ch",
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_106.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_106.bib",
            "ris": "bib/evolang15_106.ris",
            "copy": "Dickerman, M., Mine, J., Townsend, S. W. & Stoll, S. (2024). Defining the building blocks of pragmatic competence: The social context of language evolution. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Defining+the+building+blocks+of+pragmatic+competence%3A+The+social+context+of+language+evolution%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D106",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D106&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Defining+the+building+blocks+of+pragmatic+competence%3A+The+social+context+of+language+evolution%22+%23EvolangXV"
        },
        "summary": "Pragmatic competence is a critical buttress of human communication and involves the integration of conventionalized signals and contextual information. This study deconstructs the pragmatic capacity into its minimally necessary components \u2013 information sources, and the cognitive capacities enabling access to those information sources. From here, we probe the extent of each capacity in our closest nonhuman relatives, examining to what degree the cognitive underpinnings of pragmatic competence are phylogenetically old, and which ones are potentially human-unique. This study ultimately addresses the challenge of field-specific definitions by suggesting and implementing a simple framework that can be applied comparatively across disciplines and species, fostering a more integrated and interdisciplinary approach to evolutionary pragmatics research.",
        "keywords": [
            "language evolution, pragmatic competence, evolution of pragmatics"
        ],
        "weburl": "paper.html?nr=106",
        "date": "Monday, May 20, 2024",
        "time": "10:15",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "10:15",
        "calendar_endTime": "10:40",
        "extra": null
    },
    "107": {
        "title": "Morphological analysis of vocal communication in <i>Homo naledi</i>",
        "authors": [
            "John Hawks"
        ],
        "correspemails": [
            "jhawks@wisc.edu"
        ],
        "download": "papers/evolang15_paper_107.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_107.bib",
            "ris": "bib/evolang15_107.ris",
            "copy": "Hawks, J. (2024). Morphological analysis of vocal communication in Homo naledi. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Morphological+analysis+of+vocal+communication+in+Homo+naledi%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D107",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D107&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Morphological+analysis+of+vocal+communication+in+Homo+naledi%22+%23EvolangXV"
        },
        "summary": "Most considerations of the fossil record relevant to human language have relied upon a simplified view of human origins, with Australopithecus, Homo erectus, Neanderthals, and modern humans interpreted as a linear succession. But the fossil record during the last two decades has markedly increased in resolution, including species with small brain sizes that persisted into the later Pleistocene. This study considers the anatomy relevant to vocal communication in Homo naledi. This species had prefrontal lobe anatomy similar to modern humans and other fossil Homo despite having a brain volume between 450 ml and 610 ml. Incus morphology is similar to Paranthropus while other aspects of auditory tract form resemble later Homo when allowing for skull size. The evidence suggests that diversity of anatomy in fossil hominins may have been compatible with complex communication.",
        "keywords": [
            "human evolution, homo naledi, phylogeny, vocal communication, language"
        ],
        "weburl": "paper.html?nr=107",
        "date": "Sunday, May 19, 2024",
        "time": "14:20",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "14:20",
        "calendar_endTime": "14:45",
        "extra": null
    },
    "108": {
        "title": "Exploring the influence of word definition on AI-generated facial representations",
        "authors": [
            "Vojt\u011bch Fiala",
            "Przemys\u0142aw \u017bywiczy\u0144ski",
            "Anna Szala",
            "Marek Placi\u0144ski",
            "Slawomir Wacewicz"
        ],
        "correspemails": [
            "vfiala@umk.pl",
            null,
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_108.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_108.bib",
            "ris": "bib/evolang15_108.ris",
            "copy": "Fiala, V., \u017bywiczy\u0144ski, P., Szala, A., Placi\u0144ski, M. & Wacewicz, S. (2024). Exploring the influence of word definition on AI-generated facial representations. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Exploring+the+influence+of+word+definition+on+AI-generated+facial+representations%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D108",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D108&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Exploring+the+influence+of+word+definition+on+AI-generated+facial+representations%22+%23EvolangXV"
        },
        "summary": "The role of linguistic labels in categorisation and determining the scope of a category may have large consequences for ascribing characteristics to visual stimuli. Despite that, studies on perceived facial characteristics, including attractiveness, usually do not provide the readers with a definition of the rated category. Using the deep learning text-to-image model Stable Difusion, we created average visual representations of two distinctive definitions of facial attractiveness: socially and sexually attractive faces. Subsequently, we used tools of landmark-based geometric morphometrics to explore if the visual representations differ across the definitions. The results suggest that the AI-generated representations of attractive human faces are context- and verbal description-dependent and that faces generated with social and sexual attractiveness primes can be distinguished by methods of geometric morphometrics. This result is relevant in the context of links between the perceptual salience of facial characteristics and linguistic expressions referring to these characteristics.",
        "keywords": [
            "geometric morphometrics, categorisation, facial attractiveness, visual recognition, linguistic descriptions"
        ],
        "weburl": "paper.html?nr=108",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "109": {
        "title": "Vocal functional flexibility in a songbird",
        "authors": [
            "Francisco Roman Magdaleno Flores",
            "Isaac Q. Salinas",
            "Stephen I. Rothstein"
        ],
        "correspemails": [
            "francisco.magdaleno@csuci.edu",
            null,
            null
        ],
        "download": null,
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_109.bib",
            "ris": "bib/evolang15_109.ris",
            "copy": "Magdaleno Flores, F. R., Salinas, I. Q. & Rothstein, S. I. (2024). Vocal functional flexibility in a songbird. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Vocal+functional+flexibility+in+a+songbird%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D109",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D109&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Vocal+functional+flexibility+in+a+songbird%22+%23EvolangXV"
        },
        "summary": "Can non-human animals use one acoustic signal to transmit different illocutions on different occasions? This capacity is known as functional flexibility and occurs, for example, in speech when a sentence serves different illocutionary forces on different occasions based on changes to visual and intonational cues. Although widely used in human speech, there is a lack of clear evidence for this ability in other species. Here we examined a likely candidate, the Brown-headed Cowbird, which is a vocal learner that develops a multi-song repertoire. Based on extensive observations of this species song use, we provide the first strong evidence of vocal functional flexibility in a non-human animal. These findings indicate that some species may evolve the ability to modulate visual display components and prosody more than vocal presentation per se because a learned phonological system in this and possibly other species is constrained by its vital role as an indicator trait.",
        "keywords": [
            "vocal functional flexibility, visual display, phonology, prosody, song choice"
        ],
        "weburl": "paper.html?nr=109",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": null,
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "110": {
        "title": "A feedback-facilitated iterated learning experiment",
        "authors": [
            "Calen MacDonald",
            "Morten Christiansen"
        ],
        "correspemails": [
            "ccm262@cornell.edu",
            null
        ],
        "download": "papers/evolang15_paper_110.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_110.bib",
            "ris": "bib/evolang15_110.ris",
            "copy": "MacDonald, C. & Christiansen, M. (2024). A feedback-facilitated iterated learning experiment. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22A+feedback-facilitated+iterated+learning+experiment%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D110",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D110&quote=Check+out+this+paper+from+Evolang+XV%3A+%22A+feedback-facilitated+iterated+learning+experiment%22+%23EvolangXV"
        },
        "summary": "Natural languages tend to avoid unpredictable variation and iterated learning experiments suggest cultural transmission tends to eliminate alternate or ambiguous patterns. How can flexible word order languages remain stable when transmitted across generations of learners? We explore the possible role of feedback in maintaining multiple word order patterns in an iterated learning experiment.",
        "keywords": [
            "iterated learning, word order, feedback, artificial language"
        ],
        "weburl": "paper.html?nr=110",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "111": {
        "title": "Exploring the content of casual Polish conversations",
        "authors": [
            "Anna Szala",
            "Slawomir Wacewicz",
            "Marek Placi\u0144ski",
            "Aleksandra Poniewierska",
            "Arkadiusz Schmeichel",
            "Micha\u0142 Stefa\u0144czyk",
            "Przemys\u0142aw \u017bywiczy\u0144ski"
        ],
        "correspemails": [
            "szala@oakland.edu",
            null,
            null,
            null,
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_111.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_111.bib",
            "ris": "bib/evolang15_111.ris",
            "copy": "Szala, A., Wacewicz, S., Placi\u0144ski, M., Poniewierska, A., Schmeichel, A., Stefa\u0144czyk, M. & \u017bywiczy\u0144ski, P. (2024). Exploring the content of casual Polish conversations. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Exploring+the+content+of+casual+Polish+conversations%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D111",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D111&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Exploring+the+content+of+casual+Polish+conversations%22+%23EvolangXV"
        },
        "summary": "This study extends Dunbar, Marriott, and Duncan's 1997 research, which estimated that social and personal topics constituted roughly two-thirds of conversation time. In our study, focusing on social topics central to human evolution, we analyzed 535 Polish casual conversations from diverse demographic backgrounds. In contrast to Dunbar et al.'s \u224867% of conversational time spent on social topics, our study found that as much as 85% is devoted to social topics. Demographically, females and individuals aged 20\u201324 were particularly active in discussing social topics. Additionally, those with no education and young children without education engaged more in social topics compared to adults with higher education. These findings affirm the importance of social discourse in the emergence of human language, contributing to our understanding of its evolutionary significance.",
        "keywords": [
            "dunbar, social topics, language emergence, language evolution"
        ],
        "weburl": "paper.html?nr=111",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "112": {
        "title": "Balancing regularization and variation: The roles of priming and motivatedness",
        "authors": [
            "Lois Dona",
            "Marieke Schouwstra"
        ],
        "correspemails": [
            "lois.dona@mpi.nl",
            null
        ],
        "download": "papers/evolang15_paper_112.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_112.bib",
            "ris": "bib/evolang15_112.ris",
            "copy": "Dona, L. & Schouwstra, M. (2024). Balancing regularization and variation: The roles of priming and motivatedness. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Balancing+regularization+and+variation%3A+The+roles+of+priming+and+motivatedness%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D112",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D112&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Balancing+regularization+and+variation%3A+The+roles+of+priming+and+motivatedness%22+%23EvolangXV"
        },
        "summary": "Languages exhibit both variation and regularities across domains. A key question in language evolution research is how conventions that exist today arose from early stages of language with motivated variation. We explore this question in the domain of word order. When communicating in the absence of linguistic conventions, participants show a preference for SOV and SVO order for communicating about extensional and intensional events respectively, whereas existing languages are more regular. Priming is seen as a possible force driving regularization. We developed an agent-based model that takes priming and motivatedness as two opposing forces and shows when priming is able to cause regularization of word order. Results show stronger regularization when there is less influence of motivatedness compared to priming, and that variation can be maintained. Looking at social network structures besides fully connected, networks show varying levels of regularization, and even the smallest motivatedness bias can prevent full regularization.",
        "keywords": [
            "language evolution, language emergence, word order, priming, naturalness, motivatedness, iconicity, variation, regularity, agent-based modeling"
        ],
        "weburl": "paper.html?nr=112",
        "date": "Sunday, May 19, 2024",
        "time": "10:15",
        "location": "Ballroom D (Track 4)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "10:15",
        "calendar_endTime": "10:40",
        "extra": null
    },
    "113": {
        "title": "Exploring the sound structure of novel vocalizations",
        "authors": [
            "Susanne Fuchs",
            "\u0160\u00e1rka Kadav\u00e1",
            "Wim Pouw",
            "Bradley Walker",
            "Nick Fay",
            "Bodo Winter",
            "Aleksandra \u0106wiek"
        ],
        "correspemails": [
            "fuchs@leibniz-zas.de",
            "kadava@leibniz-zas.de",
            null,
            null,
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_113.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_113.bib",
            "ris": "bib/evolang15_113.ris",
            "copy": "Fuchs, S., Kadav\u00e1, \u0160., Pouw, W., Walker, B., Fay, N., Winter, B. & \u0106wiek, A. (2024). Exploring the sound structure of novel vocalizations. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Exploring+the+sound+structure+of+novel+vocalizations%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D113",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D113&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Exploring+the+sound+structure+of+novel+vocalizations%22+%23EvolangXV"
        },
        "summary": "When humans speak or animals vocalize, they can produce sounds that are further combined into larger sequences. The flexibility of sound combinations into larger meaningful sequences is one of the hallmarks of human language. To some extent, this has also been found in other species, like chimpanzees and birds. The current study investigates the structure of sounds when speakers are asked to communicate the meaning of 20 selected concepts without using language. Our results show that the structure of sounds between pauses is frequently limited to 1-3 sounds. This structure is less complex than when humans use their native language. The acoustic distance between sounds depends largely on the concept apart from concepts referring to animals, which show a higher diversity of involved sounds. This exploratory analysis might provide evidence of how the structure of sound could have changed from simple to complex in evolution.",
        "keywords": [
            "vocalization, acoustic distance, structure, compositionality, charade"
        ],
        "weburl": "paper.html?nr=113",
        "date": "Sunday, May 19, 2024",
        "time": "14:20",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "14:20",
        "calendar_endTime": "14:45",
        "extra": null
    },
    "114": {
        "title": "Locating the emergence of hominin pragmatic competence",
        "authors": [
            "Andrew Feeney"
        ],
        "correspemails": [
            "andrew.feeney@northumbria.ac.uk"
        ],
        "download": "papers/evolang15_paper_114.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_114.bib",
            "ris": "bib/evolang15_114.ris",
            "copy": "Feeney, A. (2024). Locating the emergence of hominin pragmatic competence. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Locating+the+emergence+of+hominin+pragmatic+competence%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D114",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D114&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Locating+the+emergence+of+hominin+pragmatic+competence%22+%23EvolangXV"
        },
        "summary": "Pragmatics is an essential element of the overall competence that is necessary for the production and comprehension of language. Two principal pre-requisites for pragmatics include cooperation and shared communicative intentions, and these can be traced in other species, notably chimpanzees and bonobos. Early members of the Homo genus also displayed behaviour indicative of a more highly developed capacity for these features. Yet the cultural stasis that characterises the evolution of our species after the emergence of Homo erectus strongly suggests that a pragmatic capacity alone, while necessary, is insufficient for the development of modern language.",
        "keywords": [
            "pragmatics, language evolution"
        ],
        "weburl": "paper.html?nr=114",
        "date": "Monday, May 20, 2024",
        "time": "10:40",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "10:40",
        "calendar_endTime": "11:05",
        "extra": null
    },
    "115": {
        "title": "Discreteness and systematicity emerge to facilitate communication in a continuous signal-meaning space",
        "authors": [
            "Alicia M Chen",
            "Matthias Hofer",
            "Moshe Poliak",
            "Roger P. Levy",
            "Noga Zaslavsky"
        ],
        "correspemails": [
            "aliciach@mit.edu",
            null,
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_115.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_115.bib",
            "ris": "bib/evolang15_115.ris",
            "copy": "Chen, A. M., Hofer, M., Poliak, M., Levy, R. P. & Zaslavsky, N. (2024). Discreteness and systematicity emerge to facilitate communication in a continuous signal-meaning space. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Discreteness+and+systematicity+emerge+to+facilitate+communication+in+a+continuous+signal-meaning+space%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D115",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D115&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Discreteness+and+systematicity+emerge+to+facilitate+communication+in+a+continuous+signal-meaning+space%22+%23EvolangXV"
        },
        "summary": "Language, although grounded in a continuous substrate, is fundamentally discrete in both its forms and meanings. Moreover, the mappings between these forms and meanings are not only marked by discreteness, but also another foundational feature: systematicity. \nWhile previous studies have explored the emergence of these properties independently --- with a focus on continuous signaling spaces for discreteness and domains with existing discrete elements for systematicity --- here we explore their concurrent emergence by running a two-player communication experiment where participants were asked to generalize learned continuous whistled signals to communicate about a continuous color space. \nWe found that participants learned to communicate successfully and aligned their signal repertoires, with more successful dyads showing higher degrees of alignment. We also found that both systematicity and discreteness emerged and that systematicity was correlated with better communication.\nAdditionally, we note cases where participants seemed to have created composite signals to generalize to unseen colors, inviting speculation about the role of combinatoriality in this domain.\nPossible future extensions of this work are outlined, including investigating the role of discreteness and extending this setup to a multi-generational transmission experiment.",
        "keywords": [
            "communication game, discreteness, systematicity"
        ],
        "weburl": "paper.html?nr=115",
        "date": "Monday, May 20, 2024",
        "time": "14:50",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "14:50",
        "calendar_endTime": "15:15",
        "extra": null
    },
    "116": {
        "title": "The development of trisynaptic pathway in the hippocampus and the milestone of language development",
        "authors": [
            "Edward Ruoyang Shi",
            "Elizabeth Qing Zhang",
            "Llu\u00eds Barcel\u00f3-Coblijn",
            "Rui He"
        ],
        "correspemails": [
            "edwardshiruoyangend@gmail.com",
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_116.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_116.bib",
            "ris": "bib/evolang15_116.ris",
            "copy": "Shi, E. R., Zhang, E. Q., Barcel\u00f3-Coblijn, L. & He, R. (2024). The development of trisynaptic pathway in the hippocampus and the milestone of language development. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+development+of+trisynaptic+pathway+in+the+hippocampus+and+the+milestone+of+language+development%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D116",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D116&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+development+of+trisynaptic+pathway+in+the+hippocampus+and+the+milestone+of+language+development%22+%23EvolangXV"
        },
        "summary": "The hippocampus is involved in both episodic memory (Tulving and Markowitsch, 1998) and language processing (Duff and Brown-Schmidt, 2012). From evolutionary perspective, it has been proposed that the hippocampus serves as the subcortical hub underlying displacement, which makes human language flexible in time and space. However, very few studies have explored the relation between the developmental trajectory of the hippocampus and flexibility of human language. In this study, by reviewing previous researches, we propose that the emergence of trisynaptic pathway in the hippocampus not only forms the basis for episodic memory but also serves as the milestone for the human language flexibility. We further suggest that the protracted development of such trisynaptic pathway serves as a channel for information exchange between episodic memory and language, and further forms the neurological basis for the domain-general mechanism between them.",
        "keywords": [
            "hippocampus, trisnaptic pathway, episodic memory, language development"
        ],
        "weburl": "paper.html?nr=116",
        "date": "Sunday, May 19, 2024",
        "time": "13:55",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "13:55",
        "calendar_endTime": "14:20",
        "extra": null
    },
    "118": {
        "title": "Learning pressures and inductive biases in emergent communication: Parallels between humans and deep neural networks",
        "authors": [
            "Lukas Galke",
            "Yoav Ram",
            "Limor Raviv"
        ],
        "correspemails": [
            "lukas.galke@mpi.nl",
            null,
            null
        ],
        "download": "papers/evolang15_paper_118.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_118.bib",
            "ris": "bib/evolang15_118.ris",
            "copy": "Galke, L., Ram, Y. & Raviv, L. (2024). Learning pressures and inductive biases in emergent communication: Parallels between humans and deep neural networks. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Learning+pressures+and+inductive+biases+in+emergent+communication%3A+Parallels+between+humans+and+deep+neural+networks%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D118",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D118&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Learning+pressures+and+inductive+biases+in+emergent+communication%3A+Parallels+between+humans+and+deep+neural+networks%22+%23EvolangXV"
        },
        "summary": "It is currently unknown whether learning pressures of humans are sufficiently reflected in deep neural network models for insights to carry over and to advance theory building. Here, we test deep neural networks on their ability to learn languages with varying degree of compositional structure. We consider both small recurrent neural networks trained from scratch and large pre-trained language models. Ensuring 1:1 comparability to humans, our results show that more compositional structure leads to more systematic, more consistent, and more human-like generalizations to new items. This commonality between humans and machines, combined with other restored language properties facilitated by inductive biases, provides rich implications for using neural networks to simulate the very emergence of language in our species. For instance, our findings lead to the prediction that children would also benefit from more systematic structure for learning, despite substantial differences in learning patterns compared to adults.",
        "keywords": [
            "emergent communication, language emergence, deep neural networks, learning pressures, language models, computational modeling, language evolution, language learning, language acquisition, machine learning"
        ],
        "weburl": "paper.html?nr=118",
        "date": "Monday, May 20, 2024",
        "time": "15:15",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "15:15",
        "calendar_endTime": "15:40",
        "extra": null
    },
    "121": {
        "title": "Reconstructing a protolanguage",
        "authors": [
            "Erkki Luuk",
            "John Ioannis Stavroulakis"
        ],
        "correspemails": [
            "erkkil@gmail.com",
            null
        ],
        "download": "papers/evolang15_paper_121.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_121.bib",
            "ris": "bib/evolang15_121.ris",
            "copy": "Luuk, E. & Stavroulakis, J. I. (2024). Reconstructing a protolanguage. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Reconstructing+a+protolanguage%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D121",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D121&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Reconstructing+a+protolanguage%22+%23EvolangXV"
        },
        "summary": "This paper documents an experimental reconstruction of a protolanguage. Combining research from diverse fields such as phonology, syntax and archaeology, we construct a plausible and expressive protolanguage vocabulary of 170 words, and provide examples of the protolanguage in use. We thus obtain a direct, reverse-engineered insight into the evolution from protolanguage to modern language.",
        "keywords": [
            "protolanguage, phonology, sound-symbolism, vocabulary, evolution, concatenation"
        ],
        "weburl": "paper.html?nr=121",
        "date": "Sunday, May 19, 2024",
        "time": "11:05",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "11:05",
        "calendar_endTime": "11:30",
        "extra": null
    },
    "122": {
        "title": "Evolving a higher efficiency lexicon: High resource-cost sounds are preferentially allocated to word beginnings and stressed syllables",
        "authors": [
            "Andrew B Wedel",
            "Adam King"
        ],
        "correspemails": [
            "wedel@arizona.edu",
            null
        ],
        "download": "papers/evolang15_paper_122.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_122.bib",
            "ris": "bib/evolang15_122.ris",
            "copy": "Wedel, A. B. & King, A. (2024). Evolving a higher efficiency lexicon: High resource-cost sounds are preferentially allocated to word beginnings and stressed syllables. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Evolving+a+higher+efficiency+lexicon%3A+High+resource-cost+sounds+are+preferentially+allocated+to+word+beginnings+and+stressed+syllables%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D122",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D122&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Evolving+a+higher+efficiency+lexicon%3A+High+resource-cost+sounds+are+preferentially+allocated+to+word+beginnings+and+stressed+syllables%22+%23EvolangXV"
        },
        "summary": "Sounds differ in the effort required to produce a perceptible signal. Symbol systems are most efficient when costly symbols are allocated to higher information positions. Relative greater use of high cost sounds in potentially information rich positions results in a more balanced range of sound contrasts, creating a higher entropy lexicon . Here we show that higher-cost sounds are preferentially allocated to two distinct, high information positions: positions early in the word, and syllables with stress. We tested this in a set of nine genetically diverse phonemically transcribed languages coded for stress. As a proxy for resource-cost, we used average type frequency of phonemes across languages. As predicted, we find a highly significant relationship between inventory probability and syllable number, and between inventory probability and stress: both positions are enriched for high cost sounds, creating a locally higher entropy system in positions where the most information can be conveyed.",
        "keywords": [
            "information theory, lexicon, resource cost, entropy, incremental processing, syllables, stress"
        ],
        "weburl": "paper.html?nr=122",
        "date": "Tuesday, May 21, 2024",
        "time": "11:45",
        "location": "Ballroom D (Track 4)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "11:45",
        "calendar_endTime": "12:10",
        "extra": null
    },
    "123": {
        "title": "Middle pleistocene humans in Europe: Cognition before Neanderthals",
        "authors": [
            "Svetlana Kuleshova"
        ],
        "correspemails": [
            "40010189@parisnanterre.fr"
        ],
        "download": "papers/evolang15_paper_123.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_123.bib",
            "ris": "bib/evolang15_123.ris",
            "copy": "Kuleshova, S. (2024). Middle pleistocene humans in Europe: Cognition before Neanderthals. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Middle+pleistocene+humans+in+Europe%3A+Cognition+before+Neanderthals%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D123",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D123&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Middle+pleistocene+humans+in+Europe%3A+Cognition+before+Neanderthals%22+%23EvolangXV"
        },
        "summary": "Despite the ongoing debate, the cognitive development of Neanderthals is now widely recognized in the scientific community. It is also commonly supposed that they had at least some kind of protolanguage. Much less is known, however, about their ancestors, who populated Europe during the early and mid-Middle Pleistocene. In this poster, we propose to look at the existing anatomical and material culture evidence about the cognitive capacities of Homo heidelbergensis and compare it with what is known about Neanderthals in order to understand what capacities necessary for language were already present in their ancestors. It\u2019s argued that the difference between the cognitive capacities of Neanderthals and their ancestors is rather a matter of degree, and to the extent that this is indicative of language, to get to the origins of language, maybe we should take another step back in time and turn our attention to these earlier populations.",
        "keywords": [
            "protolanguage, cognitive archaeology, middle pleistocene, homo heidelbergensis"
        ],
        "weburl": "paper.html?nr=123",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "124": {
        "title": "The iconic affordances of gesture and vocalization in emerging languages in the lab",
        "authors": [
            "Oxana Grosseck",
            "Marcus Perlman",
            "Gerardo Ortega",
            "Limor Raviv"
        ],
        "correspemails": [
            "oxana.grosseck@mpi.nl",
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_124.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_124.bib",
            "ris": "bib/evolang15_124.ris",
            "copy": "Grosseck, O., Perlman, M., Ortega, G. & Raviv, L. (2024). The iconic affordances of gesture and vocalization in emerging languages in the lab. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+iconic+affordances+of+gesture+and+vocalization+in+emerging+languages+in+the+lab%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D124",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D124&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+iconic+affordances+of+gesture+and+vocalization+in+emerging+languages+in+the+lab%22+%23EvolangXV"
        },
        "summary": "This project directly compares the iconic affordances of speech and gesture during language emergence, as well as the trajectory of that iconicity over time. To this end, we introduce a novel paradigm for evaluating the iconicity of productions at the level of individual referent features. Vocal and gestural signs referring to unfamiliar, multi-dimensional stimuli were created by 18 dyads playing an emergent communication game in VR. In an online experiment using our new paradigm, na\u00efve participants (N=1200) are then tested for guessing accuracy on these productions. \n\nWe predict that (I) iconicity will be present in both gestures and vocalizations, but stronger in gestures; (II) iconicity trajectories over the course of dyadic interaction will differ across modalities; and (III) some features will be better guessed in gestures, with others guessed well across modalities. Preliminary data shows that gestures are indeed guessed better than vocalizations, particularly for features like shape and motion.",
        "keywords": [
            "iconicity, communication game, vocalization, gesture, virtual reality"
        ],
        "weburl": "paper.html?nr=124",
        "date": "Monday, May 20, 2024",
        "time": "11:05",
        "location": "Ballroom D (Track 4)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "11:05",
        "calendar_endTime": "11:30",
        "extra": null
    },
    "125": {
        "title": "Obsolescence: A missing piece in the puzzle of polysemy and time",
        "authors": [
            "Vivian G. Li"
        ],
        "correspemails": [
            "liguo.vivian@gmail.com"
        ],
        "download": "papers/evolang15_paper_125.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_125.bib",
            "ris": "bib/evolang15_125.ris",
            "copy": "Li, V. G. (2024). Obsolescence: A missing piece in the puzzle of polysemy and time. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Obsolescence%3A+A+missing+piece+in+the+puzzle+of+polysemy+and+time%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D125",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D125&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Obsolescence%3A+A+missing+piece+in+the+puzzle+of+polysemy+and+time%22+%23EvolangXV"
        },
        "summary": "Previous studies reported a positive correlation between a word\u2019s age and the number of senses it has. The underlying mechanism has been attributed to the idea that semantic changes inevitably occur over time (i.e., words do not stop changing in meaning even when it already has several senses). However, evidence from those studies falls short of fully supporting what the purported mechanism entails, as those studies focused exclusively on non-obsolete senses in non-obsolete words. A comprehensive test of the predictions of the diachronic mechanism requires evidence that the reported positive correlation extends to obsolete words, and that the correlation holds when obsolete senses are also counted. This study provides that missing piece for the puzzle. Examining over 36,000 English verbs, we show that longer lifespan correlates with a greater number of changes/senses in obsolete as well as non-obsolete words, though the effect is stronger in non-obsolete words.",
        "keywords": [
            "semantic change; polysemy; obsolete; diachronic; lifespan"
        ],
        "weburl": "paper.html?nr=125",
        "date": "Monday, May 20, 2024",
        "time": "11:05",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "11:05",
        "calendar_endTime": "11:30",
        "extra": null
    },
    "126": {
        "title": "Attention soliciting behaviour in the communication of nine primate species",
        "authors": [
            "Lialin Rotem-Stibbe",
            "Richard Moore",
            "Julia Fischer",
            "Michael Tomasello"
        ],
        "correspemails": [
            "lialinrs@icloud.com",
            null,
            null,
            null
        ],
        "download": null,
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_126.bib",
            "ris": "bib/evolang15_126.ris",
            "copy": "Rotem-Stibbe, L., Moore, R., Fischer, J. & Tomasello, M. (2024). Attention soliciting behaviour in the communication of nine primate species. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Attention+soliciting+behaviour+in+the+communication+of+nine+primate+species%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D126",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D126&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Attention+soliciting+behaviour+in+the+communication+of+nine+primate+species%22+%23EvolangXV"
        },
        "summary": "In this study we report the findings of a study of nine species of apes and monkeys in a communication game with a human experimenter. In two conditions, an experimenter either faced towards or away from primate subjects. We report their communicative behaviours as they try to solicit the experimenter's attention towards a piece of dropped food, and discuss the implications of our findings for research on the evolution of language.",
        "keywords": [
            "primate communication, primate gestures, attention getting behaviour"
        ],
        "weburl": "paper.html?nr=126",
        "date": "Monday, May 20, 2024",
        "time": "14:25",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": null,
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "14:25",
        "calendar_endTime": "14:50",
        "extra": null
    },
    "127": {
        "title": "Word-like units emerge through iterated sequence learning",
        "authors": [
            "Lucie Wolters",
            "Simon Kirby",
            "Inbal Arnon"
        ],
        "correspemails": [
            "lucia.wolters@mail.huji.ac.il",
            null,
            null
        ],
        "download": "papers/evolang15_paper_127.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_127.bib",
            "ris": "bib/evolang15_127.ris",
            "copy": "Wolters, L., Kirby, S. & Arnon, I. (2024). Word-like units emerge through iterated sequence learning. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Word-like+units+emerge+through+iterated+sequence+learning%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D127",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D127&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Word-like+units+emerge+through+iterated+sequence+learning%22+%23EvolangXV"
        },
        "summary": "Language exhibits systematicity in the way a set of discrete units, such as words or syllables, are used and reused to form linguistic sequences. This systematicity is reflected in the distributional statistics of language use, which in turn provides cues that can facilitate the discovery of relevant units \u2013 a crucial milestone in language learning. In the presented study, we investigate experimentally whether the emergence of distributional structure can be driven by domain-general constraints on sequence learning over repeated language transmission. I will show evidence of the emergence of statistically coherent units and their skewed frequency distribution in a non-linguistic iterated learning experiment. Doing so, I will contrast different strategies to extract units from sequence-sets. Taken together, the experimental results suggest that learning pressures can shape the distributional structure of language and with that, that aspects of linguistic structure may emerge independently of the structure in the meanings that are being conveyed.",
        "keywords": [
            "statistical structure, word segmentation, language emergence, iterated learning"
        ],
        "weburl": "paper.html?nr=127",
        "date": "Monday, May 20, 2024",
        "time": "14:00",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "14:00",
        "calendar_endTime": "14:25",
        "extra": null
    },
    "129": {
        "title": "Differences in distributional structure can lead to differences in similarity biases",
        "authors": [
            "Yuguang Duan",
            "Khuyen N. Le",
            "Gary Lupyan"
        ],
        "correspemails": [
            "yduan38@wisc.edu",
            null,
            null
        ],
        "download": "papers/evolang15_paper_129.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_129.bib",
            "ris": "bib/evolang15_129.ris",
            "copy": "Duan, Y., Le, K. N. & Lupyan, G. (2024). Differences in distributional structure can lead to differences in similarity biases. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Differences+in+distributional+structure+can+lead+to+differences+in+similarity+biases%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D129",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D129&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Differences+in+distributional+structure+can+lead+to+differences+in+similarity+biases%22+%23EvolangXV"
        },
        "summary": "Some people think a beaver is more similar to a chimp than a turtle, while others think the opposite. What are the consequences of such differences in concepts/word-meanings on communication? And where might these differences come from? We conducted an experiment investigating whether exposure to different word co-occurrence patterns affects people's biases to rely on more taxonomic or thematic relations. English-speaking participants were asked to learn novel words (pseudo-words) in different co-occurring contexts (taxonomic, thematic, and neutral), and their similarity biases were measured over the learning process for each word group and across groups. Context exposure increases similarity biases for the matching context. Learned similarity biases persisted to novel lexical items. Overall, our findings show a causal link between being exposed to different distributional data and people's subsequent similarity ratings, providing a possible mechanism behind previously observed cross-linguistic differences in similarity biases.",
        "keywords": [
            "word co-occurrence, similarity, bias, learning, distributional, thematic, taxonomic, individual differences"
        ],
        "weburl": "paper.html?nr=129",
        "date": "Tuesday, May 21, 2024",
        "time": "14:25",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "14:25",
        "calendar_endTime": "14:50",
        "extra": null
    },
    "132": {
        "title": "Do dogs really get the point?",
        "authors": [
            "Heidi Lyn",
            "Joclyn Villegas",
            "Christopher Bass",
            "Steven Baker",
            "Katie West",
            "Lindsey E. Johnson"
        ],
        "correspemails": [
            "hlyn@southalabama.edu",
            null,
            null,
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_132.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_132.bib",
            "ris": "bib/evolang15_132.ris",
            "copy": "Lyn, H., Villegas, J., Bass, C., Baker, S., West, K. & Johnson, L. E. (2024). Do dogs really get the point?. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Do+dogs+really+get+the+point%3F%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D132",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D132&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Do+dogs+really+get+the+point%3F%22+%23EvolangXV"
        },
        "summary": "A meta-analysis of the past two decades of dog point-following behaviors suggest that dogs do not understand points as communicative gestures, but are, instead, relying on associative learning mechanisms. This behavior does vary depending on type of point and ostensive cues, suggesting room for future research.",
        "keywords": [
            "canine, communication, gesture, behavior, language evolution"
        ],
        "weburl": "paper.html?nr=132",
        "date": "Tuesday, May 21, 2024",
        "time": "14:50",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "14:50",
        "calendar_endTime": "15:15",
        "extra": null
    },
    "133": {
        "title": "The emergence of non-absolute synonymy: An iterated-learning experiment",
        "authors": [
            "Aja Altenhof",
            "Gareth Roberts"
        ],
        "correspemails": [
            null,
            "gareth.roberts@ling.upenn.edu"
        ],
        "download": "papers/evolang15_paper_133.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_133.bib",
            "ris": "bib/evolang15_133.ris",
            "copy": "Altenhof, A. & Roberts, G. (2024). The emergence of non-absolute synonymy: An iterated-learning experiment. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+emergence+of+non-absolute+synonymy%3A+An+iterated-learning+experiment%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D133",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D133&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+emergence+of+non-absolute+synonymy%3A+An+iterated-learning+experiment%22+%23EvolangXV"
        },
        "summary": "Is there a cognitive bias against absolute synonymy? Roberts & Altenhof (2023) explored this question, exposing participants to two novel verbs that they then generalized to positive or negative contexts. Despite identical distributional information during this exposure, participants differentiated the words by context, treating them as non-synonymous. Altenhof & Roberts (2023) took these results as potential evidence for a cognitive bias against synonymy. However, there was substantial variation in participants' responses\u2014the degree to which participants treated the words as having different meanings. The present paper expands on this work, applying an iterated learning paradigm, which can amplify weak cognitive biases. Unlike prior work on iterated learning (Smith & Wonnacott, 2010), we found that transmission did not reduce unpredictable variation. We discuss these results alongside ongoing work to replicate the study with additional controls and the implications of this work on understanding individual differences in statistical learning.",
        "keywords": [
            "synonymy, statistical learning, semantic differentiation, iterated learning"
        ],
        "weburl": "paper.html?nr=133",
        "date": "Tuesday, May 21, 2024",
        "time": "14:50",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "14:50",
        "calendar_endTime": "15:15",
        "extra": null
    },
    "134": {
        "title": "Simplicity and informativeness in the evolution of combinatorial structure",
        "authors": [
            "Matthias Hofer",
            "Simon Kirby",
            "Roger P. Levy"
        ],
        "correspemails": [
            "mhofer@mit.edu",
            null,
            null
        ],
        "download": "papers/evolang15_paper_134.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_134.bib",
            "ris": "bib/evolang15_134.ris",
            "copy": "Hofer, M., Kirby, S. & Levy, R. P. (2024). Simplicity and informativeness in the evolution of combinatorial structure. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Simplicity+and+informativeness+in+the+evolution+of+combinatorial+structure%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D134",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D134&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Simplicity+and+informativeness+in+the+evolution+of+combinatorial+structure%22+%23EvolangXV"
        },
        "summary": "Cultural symbol systems, such as language, music, or pictorial diagrams, are crucial for the storage and transmission of knowledge, and ultimately underpin our capacity for culture. One important feature of these systems is their combinatorial structure: the reuse of building blocks to compose new concepts or ideas. Here, we conduct a study that combines iterated learning with a communication game to show that combinatorial structure is not inevitable, but rather arises as a trade-off between the simplicity of signals and the amount of information they convey. Our results provide additional insights into the role of communication in the emergence of signal structure, as a force that maintains complexity and creates alignment. These results validate a key theoretical prediction about how combinatorial structure arises in the interplay of learning and use, and shed light on how signaling systems such as language have become such efficient and flexible tools in human cognition.",
        "keywords": [
            "language evolution, combinatorial structure, simplicity, expressivity, informativeness, language acquisition"
        ],
        "weburl": "paper.html?nr=134",
        "date": "Sunday, May 19, 2024",
        "time": "13:30",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "13:30",
        "calendar_endTime": "13:55",
        "extra": null
    },
    "135": {
        "title": "Visual communication in heterogeneous populations of artificial communicating agents",
        "authors": [
            "Daniela Mihai"
        ],
        "correspemails": [
            "adm1c22@soton.ac.uk"
        ],
        "download": "papers/evolang15_paper_135.pdf",
        "supplementaryMaterial": "papers/evolang15_supplementary_material_135.pdf",
        "citations": {
            "bibtex": "bib/evolang15_135.bib",
            "ris": "bib/evolang15_135.ris",
            "copy": "Mihai, D. (2024). Visual communication in heterogeneous populations of artificial communicating agents. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Visual+communication+in+heterogeneous+populations+of+artificial+communicating+agents%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D135",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D135&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Visual+communication+in+heterogeneous+populations+of+artificial+communicating+agents%22+%23EvolangXV"
        },
        "summary": "Recent studies in multi-agent communication, in which agents autonomously develop artificial languages solely through interaction on a shared goal, have advocated for population-based training, particularly on the positive effect of population heterogeneity. This study explores training populations of communicating agents, constructed with different pretrained image-encoding network architectures, on a referential communication task. The focus is on how population heterogeneity shapes the developed visual communication protocol. Particularly, we are interested in the iconicity and symbolicity aspect of the graphical communication protocol developed by heterogeneous populations versus homogeneous pairs. Preliminary results show that training such agent populations is more difficult and does not yield task success as often as homogeneous pairs. However, the stochastic nature of the population interactions seems to influence the sketches produced by population agents to become more iconic than their homogeneous counterparts.",
        "keywords": [
            "visual communication, multi-agent communication, population training"
        ],
        "weburl": "paper.html?nr=135",
        "date": "Tuesday, May 21, 2024",
        "time": "14:00",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "14:00",
        "calendar_endTime": "14:25",
        "extra": null
    },
    "136": {
        "title": "A cautionary note on sociodemographic predictors of linguistic complexity: Different measures and different analyses lead to different conclusions",
        "authors": [
            "Gary Lupyan",
            "Limor Raviv"
        ],
        "correspemails": [
            "lupyan@wisc.edu",
            null
        ],
        "download": "papers/evolang15_paper_136.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_136.bib",
            "ris": "bib/evolang15_136.ris",
            "copy": "Lupyan, G. & Raviv, L. (2024). A cautionary note on sociodemographic predictors of linguistic complexity: Different measures and different analyses lead to different conclusions. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22A+cautionary+note+on+sociodemographic+predictors+of+linguistic+complexity%3A+Different+measures+and+different+analyses+lead+to+different+conclusions%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D136",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D136&quote=Check+out+this+paper+from+Evolang+XV%3A+%22A+cautionary+note+on+sociodemographic+predictors+of+linguistic+complexity%3A+Different+measures+and+different+analyses+lead+to+different+conclusions%22+%23EvolangXV"
        },
        "summary": "The question of why languages differ in the ways they do has been of long- standing interest in the fields of language evolution and language diversity. In 2010, Lupyan & Dale's provided the first large-scale test of the hypothesis various formulated by Trugill, Wray & Grace, McWhorter, and others that there may be a link between some aspects of linguistic complexity and the \"niche\" in which a language is learned and used. Confirming some of those predictions, Lupyan & Dale showed that language spoken by larger groups tend to have less complex morphology. Recently, Shcherbakova et al. (2023) conducted a meticulous analysis of the link between grammatical complexity and sociodemographic factors and came to a very different conclusion, finding either no link or a positive relationship between complexity and population size. They concluded that \u201csocieties of strangers\u201d (i.e., larger languages and those with more nonnative speakers) \u201ddo not speak less complex languages\u201d. In this work we undertook a careful re-analysis to better understand what accounted for the qualitative difference between earlier work and Shcherbakova et al.\u2019s (2023) results.",
        "keywords": [
            "linguistic complexity, population size, linguistic niche hypothesis, language change"
        ],
        "weburl": "paper.html?nr=136",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "137": {
        "title": "Noisy population dynamics lead to efficiently compressed vocabularies",
        "authors": [
            "Nathaniel Imel",
            "Noga Zaslavsky",
            "Michael Franke",
            "Richard Futrell"
        ],
        "correspemails": [
            "nimel@uci.edu",
            null,
            null,
            null
        ],
        "download": null,
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_137.bib",
            "ris": "bib/evolang15_137.ris",
            "copy": "Imel, N., Zaslavsky, N., Franke, M. & Futrell, R. (2024). Noisy population dynamics lead to efficiently compressed vocabularies. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Noisy+population+dynamics+lead+to+efficiently+compressed+vocabularies%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D137",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D137&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Noisy+population+dynamics+lead+to+efficiently+compressed+vocabularies%22+%23EvolangXV"
        },
        "summary": "Human vocabularies have been argued to support efficient communication. Recently, Zaslavsky et al. (2018), gave this idea an information-theoretic formalization via the Information Bottleneck (IB) principle, and argued that human vocabularies evolve following trajectories along the IB theoretical bound of efficiency. In this paper, we provide simulation results that evolutionary dynamics on signaling games can provide a mechanistic underpinning for the evolution of vocabularies with such information-theoretically optimal, and empirically attested, properties. This paves the way for future investigations of the formal relationship between optimal signaling and the IB principle, possibly also giving rise to novel empirical predictions.",
        "keywords": [
            "signaling games, replicator dynamics, information bottleneck, semantic typology, efficiency"
        ],
        "weburl": "paper.html?nr=137",
        "date": "Sunday, May 19, 2024",
        "time": "11:30",
        "location": "Ballroom D (Track 4)",
        "prestype": "talk",
        "license": null,
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "11:30",
        "calendar_endTime": "11:55",
        "extra": null
    },
    "138": {
        "title": "From play pants to pragmatics: Laughter's linguistic leap",
        "authors": [
            "Sasha Winkler",
            "Erica Cartmill",
            "Greg Bryant"
        ],
        "correspemails": [
            "sashawinkler@g.ucla.edu",
            null,
            null
        ],
        "download": "papers/evolang15_paper_138.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_138.bib",
            "ris": "bib/evolang15_138.ris",
            "copy": "Winkler, S., Cartmill, E. & Bryant, G. (2024). From play pants to pragmatics: Laughter's linguistic leap. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22From+play+pants+to+pragmatics%3A+Laughter%27s+linguistic+leap%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D138",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D138&quote=Check+out+this+paper+from+Evolang+XV%3A+%22From+play+pants+to+pragmatics%3A+Laughter%27s+linguistic+leap%22+%23EvolangXV"
        },
        "summary": "Laughter is a universal feature of communication across cultures, used as a pragmatic marker to facilitate turn taking and indicate meaning within speech. However, laughter is also a pre-linguistic signal that is homologous to the play vocalizations of the other great apes. Thus, laughter presents an intriguing case in which a pre-linguistic vocalization became integrated into the language system. To better understand this relationship, we conducted a systematic review of human laughter and animal play. Acoustic signaling during social play is extensive across the animal kingdom. We discuss the forms and possible functions of these signals, as well as the unique features of human laughter. We argue that further research on laughter and animal play vocalizations is critical for our understanding of the ways that language co-evolved with existing vocal repertoires in our evolutionary ancestors.",
        "keywords": [
            "laughter, vocal communication, emotion"
        ],
        "weburl": "paper.html?nr=138",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "139": {
        "title": "Simulating representational communication in vervet monkeys using agent-based simulation",
        "authors": [
            "Ankit Gupta",
            "Francis Steen"
        ],
        "correspemails": [
            "guptaa23@msu.edu",
            null
        ],
        "download": "papers/evolang15_paper_139.pdf",
        "supplementaryMaterial": "papers/evolang15_supplementary_material_139.zip",
        "citations": {
            "bibtex": "bib/evolang15_139.bib",
            "ris": "bib/evolang15_139.ris",
            "copy": "Gupta, A. & Steen, F. (2024). Simulating representational communication in vervet monkeys using agent-based simulation. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Simulating+representational+communication+in+vervet+monkeys+using+agent-based+simulation%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D139",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D139&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Simulating+representational+communication+in+vervet+monkeys+using+agent-based+simulation%22+%23EvolangXV"
        },
        "summary": "Human languages are composed in part by discrete patterns of sound that can be linked to meanings through social learning. What are the evolutionary pressures that drove the development of referential vocalization? In this project, we explore the survival costs and benefits of referential alarm calls in a savanna-dwelling primate. We base our model on the discovery that the African vervet monkey (Chlorocebus pygerythrus) gives acoustically different alarm calls to different predators, conditional on context. In the following, we simulate the costs that vervets incur by monitoring their environment for predators, issuing alarm calls, running to escape potential predators, and foregoing foraging in favor of seeking refuge, and track the survival outcomes. Our goal is to determine the envelope of evolvability of representational signaling in the parameter space of a troop of primates in an African savannah environment.",
        "keywords": [
            "representational communication, vervet monkey, predator-prey ecosystem, agent-based simulation"
        ],
        "weburl": "paper.html?nr=139",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "140": {
        "title": "Compositionality and algorithmic complexity in neural networks",
        "authors": [
            "Charles John Torres",
            "Richard Futrell"
        ],
        "correspemails": [
            "charlt4@uci.edu",
            null
        ],
        "download": "papers/evolang15_paper_140.pdf",
        "supplementaryMaterial": "papers/evolang15_supplementary_material_140.zip",
        "citations": {
            "bibtex": "bib/evolang15_140.bib",
            "ris": "bib/evolang15_140.ris",
            "copy": "Torres, C. J. & Futrell, R. (2024). Compositionality and algorithmic complexity in neural networks. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Compositionality+and+algorithmic+complexity+in+neural+networks%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D140",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D140&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Compositionality+and+algorithmic+complexity+in+neural+networks%22+%23EvolangXV"
        },
        "summary": "One explanation for the emergence of compositionality is that it is compressible (Brighton, 2002). But compressibility is dependent on computational architecture for finite data. We consider LSTMs and demonstrate a compressibility/accuracy tradeoff curve for compositional and holistic languages. It is shown that compositional languages require fewer neural connections to model to a given level of accuracy when compared with their holistic counterpart.",
        "keywords": [
            "compositionality, minimum description length, artificial neural networks"
        ],
        "weburl": "paper.html?nr=140",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "141": {
        "title": "Why are some words more frequent than others? New insights from network science",
        "authors": [
            "Qiawen Liu",
            "Simon De Deyne",
            "Gary Lupyan"
        ],
        "correspemails": [
            "qliu295@wisc.edu",
            null,
            null
        ],
        "download": "papers/evolang15_paper_141.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_141.bib",
            "ris": "bib/evolang15_141.ris",
            "copy": "Liu, Q., De Deyne, S. & Lupyan, G. (2024). Why are some words more frequent than others? New insights from network science. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Why+are+some+words+more+frequent+than+others%3F+New+insights+from+network+science%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D141",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D141&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Why+are+some+words+more+frequent+than+others%3F+New+insights+from+network+science%22+%23EvolangXV"
        },
        "summary": "Why are some words more frequent than others? Surprisingly, the obvious answers to this seemingly simple question, e.g., that frequent words reflect greater communicative need, are either wrong or incomplete. We show that a word's frequency is strongly associated with its position in an association-based semantic network. More centrally located words are more frequent. But is a word's centrality in a network merely a reflection of inherent centrality of the meaning the word denotes? Through cross-linguistic comparisons, we found that differences in the frequency of translation-equivalents are predicted by differences in the word's network structures in the different languages. Specifically, frequency was linked to how many connections a word had and to its capacity to bridge words that are typically not linked. This hints that a word's frequency (and with it, its meaning) may change as a function of the word's association with other words",
        "keywords": [
            "word frequency, network, word association, centrality"
        ],
        "weburl": "paper.html?nr=141",
        "date": "Sunday, May 19, 2024",
        "time": "14:20",
        "location": "Ballroom D (Track 4)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "14:20",
        "calendar_endTime": "14:45",
        "extra": null
    },
    "142": {
        "title": "Starlings recognize simple dependency patterns",
        "authors": [
            "Emily Davis",
            "Robert Kluender",
            "Timothy Q Gentner"
        ],
        "correspemails": [
            "e4davis@ucsd.edu",
            null,
            null
        ],
        "download": "papers/evolang15_paper_142.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_142.bib",
            "ris": "bib/evolang15_142.ris",
            "copy": "Davis, E., Kluender, R. & Gentner, T. Q. (2024). Starlings recognize simple dependency patterns. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Starlings+recognize+simple+dependency+patterns%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D142",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D142&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Starlings+recognize+simple+dependency+patterns%22+%23EvolangXV"
        },
        "summary": "Long-distance dependencies between elements are an important aspect of human language. There is some experimental evidence that animals, including songbirds, are capable of learning to recognize and generalize dependency patterns in nonlinguistic auditory or visual sequences. Here we present the results of an experiment following up on the important work of Gentner et al. (2006) and Abe & Watanabe (2011), who determined that songbirds were capable of learning to recognize some types of center-embedded patterns in auditory sequences. We tested the ability of three starlings to learn to recognize and generalize another type of simple center-embedded pattern, of the form A-B-A, and we report on one bird\u2019s successful performance. The bird successfully learned to distinguish patterns of the form A-B-A from e.g. A-A-B, and further probe testing showed that it was correctly recognizing the intended pattern rather than relying on other cues. These results, like those of previous experiments, suggest that the ability of animals to learn particular dependency patterns shows individual variation.",
        "keywords": [
            "dependencies, sequence learning, birds"
        ],
        "weburl": "paper.html?nr=142",
        "date": "Monday, May 20, 2024",
        "time": "14:25",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "14:25",
        "calendar_endTime": "14:50",
        "extra": null
    },
    "143": {
        "title": "Past, present, and future: A literature review of the genetic research into the evolution of human language",
        "authors": [
            "Hannah Brown"
        ],
        "correspemails": [
            "hannahbrown@cantab.net"
        ],
        "download": "papers/evolang15_paper_143.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_143.bib",
            "ris": "bib/evolang15_143.ris",
            "copy": "Brown, H. (2024). Past, present, and future: A literature review of the genetic research into the evolution of human language. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Past%2C+present%2C+and+future%3A+A+literature+review+of+the+genetic+research+into+the+evolution+of+human+language%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D143",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D143&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Past%2C+present%2C+and+future%3A+A+literature+review+of+the+genetic+research+into+the+evolution+of+human+language%22+%23EvolangXV"
        },
        "summary": "Since Forkhead box P2 (FOXP2) was first identified as being involved in speech and language, the amount of research into the genetic basis for human language has grown exponentially. This work involves conducting a State-of-the-Art (SotA) literature review to analyse the current landscape of genetic research on the evolution of language, alongside identifying historic trends in this research area, and themes for future research. This SotA review was conducted using Covidence, which is a cloud-based software. From this review and analysis, suggested areas for future research include a shift away from \u201cpopular\u201d genes to ensure that all genes of potential interest are equally investigated, alongside an increase in multigene/genome-wide work. It is noted that a limitation of this analysis is that it was a single reviewer literature review. Therefore it is suggested this work be replicated with multiple reviewers, with the goal of creating a consensus and reducing bias.",
        "keywords": [
            "language evolution, genetics, evolutionary genetics, literature review, evolutionary anthropology"
        ],
        "weburl": "paper.html?nr=143",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "144": {
        "title": "The role of shared labels and shared experiences in representational alignment",
        "authors": [
            "Kushin Mukherjee",
            "Siddharth Suresh",
            "Xizheng Yu",
            "Gary Lupyan"
        ],
        "correspemails": [
            "kmukherjee2@wisc.edu",
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_144.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_144.bib",
            "ris": "bib/evolang15_144.ris",
            "copy": "Mukherjee, K., Suresh, S., Yu, X. & Lupyan, G. (2024). The role of shared labels and shared experiences in representational alignment. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+role+of+shared+labels+and+shared+experiences+in+representational+alignment%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D144",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D144&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+role+of+shared+labels+and+shared+experiences+in+representational+alignment%22+%23EvolangXV"
        },
        "summary": "Successful communication is thought to require members of a speech community to learn common mappings between words and their referents. But if one person's concept of CAR is very different from another person's, successful communication might fail despite the common mappings because different people would mean different things by the same word. Here we investigate the possibility that one source of representational alignment is language itself. We report a series of neural network simulations investigating how representational alignment changes as a function of agents having more or less similar visual experiences (overlap in ``visual diet'') and how it changes with exposure to category names. We find that agents with more similar visual experiences have greater representational overlap. However, the presence of category labels not only increases representational overlap, but also greatly reduces the importance of having similar visual experiences. The results suggest that ensuring representational alignment may be one of language's evolved functions.",
        "keywords": [
            "conceptual alignment, neural networks, computational modeling"
        ],
        "weburl": "paper.html?nr=144",
        "date": "Tuesday, May 21, 2024",
        "time": "10:30",
        "location": "Ballroom A (Track 1)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "10:30",
        "calendar_endTime": "10:55",
        "extra": null
    },
    "145": {
        "title": "Diversity and universals in culturally evolved sound systems across species: A complex adaptive system account",
        "authors": [
            "Li Lei",
            "Elizabeth Qing Zhang",
            "Tao Gong"
        ],
        "correspemails": [
            "leili@science.ru.nl",
            null,
            null
        ],
        "download": "papers/evolang15_paper_145.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_145.bib",
            "ris": "bib/evolang15_145.ris",
            "copy": "Lei, L., Zhang, E. Q. & Gong, T. (2024). Diversity and universals in culturally evolved sound systems across species: A complex adaptive system account. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Diversity+and+universals+in+culturally+evolved+sound+systems+across+species%3A+A+complex+adaptive+system+account%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D145",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D145&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Diversity+and+universals+in+culturally+evolved+sound+systems+across+species%3A+A+complex+adaptive+system+account%22+%23EvolangXV"
        },
        "summary": "Diversity and universals emerge simultaneously in culturally evolved sound systems across species. Research attempts to elucidate the origins of diversity and universals (e.g., the Acoustic Adaptation Hypothesis ) and universals (e.g., the Efficient Communication Framework). This article aims to integrate these theories within a complex adaptive systems (CAS) account by comparing existing agent-based models (ABMs) of human vowel systems and cetacean vocal systems. These ABMs illustrate sound system evolution as a process of self-adaptive optimization. Diversity arises from differences in adaptation strategies across environments, while universals stem from common conditional constraints and specific goals (e.g., communicative for humans and biological for non-human animals). It can uncover generalizable principles underlying the emergence of diversity and universals in language evolution by comparing ABMs of human and cetacean sound systems. Such cross-species comparisons offer insights into the social-cognitive mechanisms driving language evolution and the perpetuation of endless change.",
        "keywords": [
            "diversity, universals, agent-based models, complex adaptive systems, vowel systems, cetacean vocal systems"
        ],
        "weburl": "paper.html?nr=145",
        "date": "Monday, May 20, 2024",
        "time": "10:15",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "10:15",
        "calendar_endTime": "10:40",
        "extra": null
    },
    "146": {
        "title": "Failures and successes in learning a core conceptual distinction from the statistics of language",
        "authors": [
            "Zhimin Hu",
            "Jeroen van Paridon",
            "Gary Lupyan"
        ],
        "correspemails": [
            null,
            null,
            "lupyan@wisc.edu"
        ],
        "download": "papers/evolang15_paper_146.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_146.bib",
            "ris": "bib/evolang15_146.ris",
            "copy": "Hu, Z., van Paridon, J. & Lupyan, G. (2024). Failures and successes in learning a core conceptual distinction from the statistics of language. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Failures+and+successes+in+learning+a+core+conceptual+distinction+from+the+statistics+of+language%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D146",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D146&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Failures+and+successes+in+learning+a+core+conceptual+distinction+from+the+statistics+of+language%22+%23EvolangXV"
        },
        "summary": "Generic statements like \u201ctigers are striped\u201d and \u201ccars have radios\u201d communicate information that is, in general, true. However, while the first statement is true *in principle*, the second is true only statistically. People are exquisitely sensitive to this principled-vs-statistical distinction. It has been argued that this ability to distinguish between something being true by virtue of it being a category member versus being true because of mere statistical regularity, is a general property of people\u2019s conceptual machinery and cannot itself be learned. We investigate whether the distinction between principled and statistical properties can be learned from language itself. If so, it raises the possibility that language experience can bootstrap core conceptual distinctions and that it is possible to learn sophisticated causal models directly from language. We find that language models are all sensitive to statistical prevalence, but struggle with representing the principled-vs-statistical distinction controlling for prevalence. Until GPT-4, which succeeds.",
        "keywords": [
            "distributional semantics; generics; world models"
        ],
        "weburl": "paper.html?nr=146",
        "date": "Monday, May 20, 2024",
        "time": "14:25",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "14:25",
        "calendar_endTime": "14:50",
        "extra": null
    },
    "147": {
        "title": "Discursive distinctiveness explains lexical differences between languages",
        "authors": [
            "Barend Beekhuizen"
        ],
        "correspemails": [
            "barend.beekhuizen@utoronto.ca"
        ],
        "download": "papers/evolang15_paper_147.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_147.bib",
            "ris": "bib/evolang15_147.ris",
            "copy": "Beekhuizen, B. (2024). Discursive distinctiveness explains lexical differences between languages. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Discursive+distinctiveness+explains+lexical+differences+between+languages%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D147",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D147&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Discursive+distinctiveness+explains+lexical+differences+between+languages%22+%23EvolangXV"
        },
        "summary": "Languages differ in their lexical semantic inventories. Recently, such differences have been explored through the lens of differences in the frequencies with which certain concepts are employed in discourse. In this paper, I depart from such work by suggesting that it is not merely the frequency of usage, but also the way in which concepts are used that explains whether languages group together two concepts with a single lexical item. I provide a theoretically grounded account of why we should expect this to be the case, and develop a methodology for operationalizing such ideas in a multilingual corpus, finding that variation in the discursive practices of using words indeed predicts whether languages co-express concepts or split them.",
        "keywords": [
            "lexical semantics; colexification; cross-linguistic comparison; communicative pressure"
        ],
        "weburl": "paper.html?nr=147",
        "date": "Monday, May 20, 2024",
        "time": "15:15",
        "location": "Ballroom D (Track 4)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "15:15",
        "calendar_endTime": "15:40",
        "extra": null
    },
    "148": {
        "title": "How many words is a picture (or definition) worth? A distributional perspective on learning and generalizing new word meanings",
        "authors": [
            "Matthew Z Borman",
            "Gary Lupyan"
        ],
        "correspemails": [
            "borman@wisc.edu",
            null
        ],
        "download": "papers/evolang15_paper_148.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_148.bib",
            "ris": "bib/evolang15_148.ris",
            "copy": "Borman, M. Z. & Lupyan, G. (2024). How many words is a picture (or definition) worth? A distributional perspective on learning and generalizing new word meanings. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22How+many+words+is+a+picture+%28or+definition%29+worth%3F+A+distributional+perspective+on+learning+and+generalizing+new+word+meanings%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D148",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D148&quote=Check+out+this+paper+from+Evolang+XV%3A+%22How+many+words+is+a+picture+%28or+definition%29+worth%3F+A+distributional+perspective+on+learning+and+generalizing+new+word+meanings%22+%23EvolangXV"
        },
        "summary": "What constitutes useful word learning experiences? How do more ostensive/explicit word learning experiences (like learning from pictures or definitions) differ from more passive experiences (like learning from text). Through a pair of word learning experiments, we examine the relative effectiveness of different ways of learning new word meanings, finding that more ostensive experiences are not necessarily more effective than merely observing and absorbing how words are used in text. We appeal to the role of distributional learning as a driver of our surprisingly efficient ability to learn deep and generalizable word knoweldge from text.",
        "keywords": [
            "word learning, distributional learning"
        ],
        "weburl": "paper.html?nr=148",
        "date": "Monday, May 20, 2024",
        "time": "15:15",
        "location": "Ballroom B (Track 2)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "15:15",
        "calendar_endTime": "15:40",
        "extra": null
    },
    "149": {
        "title": "When a fishing rod becomes a tyre: On gesture comprehension in 2-to-3 years old transition in children",
        "authors": [
            "Monika Boruta-Zywiczynska",
            "Marta Sibierska"
        ],
        "correspemails": [
            "monika.feba.boruta@gmail.com",
            null
        ],
        "download": "papers/evolang15_paper_149.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_149.bib",
            "ris": "bib/evolang15_149.ris",
            "copy": "Boruta-Zywiczynska, M. & Sibierska, M. (2024). When a fishing rod becomes a tyre: On gesture comprehension in 2-to-3 years old transition in children. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22When+a+fishing+rod+becomes+a+tyre%3A+On+gesture+comprehension+in+2-to-3+years+old+transition+in+children%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D149",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D149&quote=Check+out+this+paper+from+Evolang+XV%3A+%22When+a+fishing+rod+becomes+a+tyre%3A+On+gesture+comprehension+in+2-to-3+years+old+transition+in+children%22+%23EvolangXV"
        },
        "summary": "In the work, we discuss observations from an experimental research with children in transition from the ages of 2- to 3- years old. We look at the children's ability to comprehend iconic gestures of two types: enacting and representing. We present a selection of recurrent mistakes children make across the game used in the research and account for them from developmental and cognitive perspectives.",
        "keywords": [
            "gesture, gesture studies, language development, language acquisition, qualitative research, overextension"
        ],
        "weburl": "paper.html?nr=149",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    },
    "150": {
        "title": "Who benefits from redundancy in learning noun class systems?",
        "authors": [
            "Aislinn Keogh",
            "Gary Lupyan"
        ],
        "correspemails": [
            "aislinn.keogh@ed.ac.uk",
            null
        ],
        "download": "papers/evolang15_paper_150.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_150.bib",
            "ris": "bib/evolang15_150.ris",
            "copy": "Keogh, A. & Lupyan, G. (2024). Who benefits from redundancy in learning noun class systems?. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22Who+benefits+from+redundancy+in+learning+noun+class+systems%3F%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D150",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D150&quote=Check+out+this+paper+from+Evolang+XV%3A+%22Who+benefits+from+redundancy+in+learning+noun+class+systems%3F%22+%23EvolangXV"
        },
        "summary": "Redundancy is ubiquitous in the world's languages, but its functions are not yet well understood. Here, we propose that redundancy might contribute to the robustness of language to facilitate its learning by users with diverse cognitive traits. We use an artificial language learning experiment to identify individual differences in learning of noun classes from redundant linguistic cues. All logically possible behaviors are represented in our data: some participants prefer Cue A, some prefer Cue B, and some form a more holistic representation of Cue A+B. Despite this diversity, the population as a whole was above-chance when generalizing to novel stimuli, suggesting that redundancy helps people converge on similar surface structures, even if their underlying representations differ.",
        "keywords": [
            "redundancy, robustness, individual differences, artificial language learning"
        ],
        "weburl": "paper.html?nr=150",
        "date": "Sunday, May 19, 2024",
        "time": "11:30",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "11:30",
        "calendar_endTime": "11:55",
        "extra": null
    },
    "153": {
        "title": "On the origins of great ape gestural forms",
        "authors": [
            "Kirsty Emma Graham",
            "Federico Rossano",
            "Richard Moore"
        ],
        "correspemails": [
            "keg4@st-andrews.ac.uk",
            null,
            null
        ],
        "download": null,
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_153.bib",
            "ris": "bib/evolang15_153.ris",
            "copy": "Graham, K. E., Rossano, F. & Moore, R. (2024). On the origins of great ape gestural forms. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22On+the+origins+of+great+ape+gestural+forms%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D153",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D153&quote=Check+out+this+paper+from+Evolang+XV%3A+%22On+the+origins+of+great+ape+gestural+forms%22+%23EvolangXV"
        },
        "summary": "Two views propose to explain the origins of great ape gestural forms. On the Leipzig view, gestural forms are ontogenetically ritualised from action sequences between pairs of individuals. On the St Andrews view, gestures are the product of natural selection. The Leipzig view predicts within- and between-group differences that arise as a product of learning in ontogeny. The St Andrews view predicts universal gestural forms comprehensible within and between species. We reject both of these accounts, and propose an alternative \u2018recruitment view\u2019 of the origins of great ape gestures. According to the recruitment view, great apes communicate by presenting \u2018naturally meaningful\u2019 (Grice 1947) bodily states, which inherit their communicative functions from a visual resemblance to easily recognisable bodily states and action schemas. We locate great ape gestural communication within a pragmatic framework that is continuous with human communication, and make testable predications for adjudicating between the three views.",
        "keywords": [
            "great ape gestures, meaning, communication, language evolution, pragmatics, adaptation, exaptation"
        ],
        "weburl": "paper.html?nr=153",
        "date": "Tuesday, May 21, 2024",
        "time": "15:15",
        "location": "Ballroom C (Track 3)",
        "prestype": "talk",
        "license": null,
        "calendar_startDate": "2024-05-21",
        "calendar_startTime": "15:15",
        "calendar_endTime": "15:40",
        "extra": null
    },
    "154": {
        "title": "The evolution of gender-differentiated kinship terms",
        "authors": [
            "Olena Shcherbakova",
            "Scott Claessens",
            "Maisy Hallam",
            "Marc Allassonni\u00e8re-Tang",
            "Fiona M. Jordan"
        ],
        "correspemails": [
            "olena_shcherbakova@eva.mpg.de",
            null,
            null,
            null,
            null
        ],
        "download": "papers/evolang15_paper_154.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_154.bib",
            "ris": "bib/evolang15_154.ris",
            "copy": "Shcherbakova, O., Claessens, S., Hallam, M., Allassonni\u00e8re-Tang, M. & Jordan, F. M. (2024). The evolution of gender-differentiated kinship terms. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+evolution+of+gender-differentiated+kinship+terms%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D154",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D154&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+evolution+of+gender-differentiated+kinship+terms%22+%23EvolangXV"
        },
        "summary": "We test Greenberg's (1980) hierarchy explaining the variation in the dimension of gender distinctions of kinship terminology. This can be summarized as siblings = children > grandparents > grandchildren, meaning that gender distinctions in grandchildren can arise only after other terms already mark gender. Additionally, we explore the potential effect of sex-based gender systems proposed in Greenberg (1990). We test these predictions on a sample of 303 languages using Bayesian mixed models\u00a0fitted with the brms package (B\u00fcrkner 2017) to establish whether the results support or deviate from Greenberg\u2019s predictions. We find partial support for the hierarchy children > grandparents > grandchildren and siblings > grandchildren, with siblings distinctions being independent from grandparents terms. Additionally, the presence of sex-based gender systems are positively correlated with gender distinctions in children, but not in other terms.",
        "keywords": [
            "kinship terms, phylogenetic comparative methods, language evolution"
        ],
        "weburl": "paper.html?nr=154",
        "date": "Monday, May 20, 2024",
        "time": "14:25",
        "location": "Ballroom D (Track 4)",
        "prestype": "talk",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-20",
        "calendar_startTime": "14:25",
        "calendar_endTime": "14:50",
        "extra": null
    },
    "155": {
        "title": "The career of verb metaphor: Language evolution parallels online processing differences between nouns and verbs",
        "authors": [
            "Dedre Gentner",
            "Daniel King"
        ],
        "correspemails": [
            "gentner@northwestern.edu",
            null
        ],
        "download": "papers/evolang15_paper_155.pdf",
        "supplementaryMaterial": null,
        "citations": {
            "bibtex": "bib/evolang15_155.bib",
            "ris": "bib/evolang15_155.ris",
            "copy": "Gentner, D. & King, D. (2024). The career of verb metaphor: Language evolution parallels online processing differences between nouns and verbs. In N\u00f6lle, J., Raviv, L., Graham, K. E., Hartmann, S., Jadoul, Y., Josserand, M., Matzinger, T., Mudd, K., Pleyer, M., Slonimska, A., Wacewicz, S. & Watson, S. (Eds.): The Evolution of Language: Proceedings of the 15th International Conference (Evolang XV). doi:10.17617/2.3587960."
        },
        "sharing": {
            "twitter": "https://twitter.com/intent/tweet?text=Check+out+this+paper+from+Evolang+XV%3A+%22The+career+of+verb+metaphor%3A+Language+evolution+parallels+online+processing+differences+between+nouns+and+verbs%22&hashtags=EvolangXV&url=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D155",
            "facebook": "https://facebook.com/sharer/sharer.php?u=https%3A%2F%2Fevolang2024.github.io%2Fproceedings%2Fpaper.html%3Fnr%3D155&quote=Check+out+this+paper+from+Evolang+XV%3A+%22The+career+of+verb+metaphor%3A+Language+evolution+parallels+online+processing+differences+between+nouns+and+verbs%22+%23EvolangXV"
        },
        "summary": "This paper explores the relationship between online sentence processing and meaning change over time. Specifically, we test the hypothesis, first proposed in Bowdle & Gentner\u2019s (2005) Career of Metaphor, that novel metaphoric extensions may become new conventionalized word senses over time, driving polysemy. Here we examine whether identified differences between nouns and verbs in online sentence processing\u2014the verb mutability effect\u2014are paralleled by differences in the lexicon, as would be expected if online processing drives lexical changes over time. In Experiment 1, we found that verbs are more polysemous than nouns overall. In Experiment 2, we found that verb senses are rated as being significantly more metaphoric than noun senses, controlling for frequency band; in Experiment 3, we found that historically newer word senses are generally perceived as being more metaphoric than older word senses. Implications for language evolution are discussed.",
        "keywords": [
            "verb metaphor, polysemy, evolution of meaning"
        ],
        "weburl": "paper.html?nr=155",
        "date": "Sunday, May 19, 2024",
        "time": "17:30",
        "location": "Grand Terrace",
        "prestype": "poster",
        "license": "CC BY-NC-ND 4.0",
        "calendar_startDate": "2024-05-19",
        "calendar_startTime": "17:30",
        "calendar_endTime": "17:55",
        "extra": null
    }
}
