var festi = 
{
    "api_version": "1.1.0",
    "scene": {
        "Belgique Wallonie - Bruxelles": [
            {
                "authors": [
                    {
                        "fist_name": "Eric",
                        "id": "106",
                        "last_name": "Fottorino"
                    },
                    {
                        "fist_name": "Thomas",
                        "id": "583",
                        "last_name": "Gunzig"
                    },
                    {
                        "fist_name": "S\u00e9bastien",
                        "id": "584",
                        "last_name": "Ministru"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 16:00:00",
                "date_start": "2019-05-03 15:00:00",
                "description": "",
                "id_seance": "488",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Belgique Wallonie - Bruxelles",
                "title": "Qu'est-ce que l'on veut sauver?"
            },
            {
                "authors": [
                    {
                        "fist_name": "Lisette",
                        "id": "243",
                        "last_name": "Lomb\u00e9 "
                    },
                    {
                        "fist_name": "Veronika",
                        "id": "579",
                        "last_name": "Mabardi"
                    },
                    {
                        "fist_name": "Lydie",
                        "id": "105",
                        "last_name": "Salvayre"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 13:00:00",
                "date_start": "2019-05-04 12:00:00",
                "description": "",
                "id_seance": "487",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "Belgique Wallonie - Bruxelles",
                "title": "Insoumises: r\u00e9volte, puissance et r\u00e9cits"
            }
        ],
        "L'apostrophe": [
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 12:00:00",
                "date_start": "2019-05-01 11:00:00",
                "description": "",
                "id_seance": "318",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": null,
                "scene": "L'apostrophe",
                "title": "Charte de Palerme"
            },
            {
                "authors": [
                    {
                        "fist_name": "Agn\u00e8s",
                        "id": "220",
                        "last_name": "Martin-Lugand"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-01 13:00:00",
                "date_start": "2019-05-01 12:00:00",
                "description": "",
                "id_seance": "60",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Charlotte Victor Lang"
                ],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "Une \u00e9vidence"
            },
            {
                "authors": [
                    {
                        "fist_name": "Marianne",
                        "id": "385",
                        "last_name": "Brun"
                    },
                    {
                        "fist_name": "Maria",
                        "id": "242",
                        "last_name": "Pourchet"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-01 14:00:00",
                "date_start": "2019-05-01 13:00:00",
                "description": "",
                "id_seance": "285",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Jacques Poget"
                ],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "L'urgence de vivre au f\u00e9minin"
            },
            {
                "authors": [
                    {
                        "fist_name": "Fabrice",
                        "id": "477",
                        "last_name": "Midal"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-01 15:00:00",
                "date_start": "2019-05-01 14:00:00",
                "description": "",
                "id_seance": "321",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Charlotte Victor Lang"
                ],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "Triompher des emmerdes"
            },
            {
                "authors": [
                    {
                        "fist_name": "Capucine",
                        "id": "247",
                        "last_name": "Johannin"
                    },
                    {
                        "fist_name": "Simon",
                        "id": "248",
                        "last_name": "Johannin"
                    },
                    {
                        "fist_name": "Denis",
                        "id": "265",
                        "last_name": "Michelis"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 16:00:00",
                "date_start": "2019-05-01 15:00:00",
                "description": "",
                "id_seance": "148",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Patrick Morier-Genoud"
                ],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "Ecrire les d\u00e9rives, entre fiction et r\u00e9alisme"
            },
            {
                "authors": [
                    {
                        "fist_name": "Antoine",
                        "id": "343",
                        "last_name": "Jaquier"
                    },
                    {
                        "fist_name": "Antoine",
                        "id": "162",
                        "last_name": "Wauters"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 17:00:00",
                "date_start": "2019-05-01 16:00:00",
                "description": "",
                "id_seance": "248",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Patrick Morier-Genoud"
                ],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "Le monde apr\u00e8s"
            },
            {
                "authors": [],
                "category": "Remise de prix",
                "date_end": "2019-05-01 18:00:00",
                "date_start": "2019-05-01 17:00:00",
                "description": "",
                "id_seance": "26",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "Remise du prix du Public"
            },
            {
                "authors": [],
                "category": "Remise de prix",
                "date_end": "2019-05-01 19:00:00",
                "date_start": "2019-05-01 18:00:00",
                "description": "",
                "id_seance": "27",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "Inauguration du salon"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 13:00:00",
                "date_start": "2019-05-02 10:30:00",
                "description": "",
                "id_seance": "29",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "L'apostrophe",
                "title": "RTS"
            },
            {
                "authors": [
                    {
                        "fist_name": "Douna",
                        "id": "351",
                        "last_name": "Loup"
                    },
                    {
                        "fist_name": "Nicolas",
                        "id": "440",
                        "last_name": "Rey"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-02 14:00:00",
                "date_start": "2019-05-02 13:00:00",
                "description": "",
                "id_seance": "320",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Pascal Schouwey"
                ],
                "public": null,
                "scene": "L'apostrophe",
                "title": "Les mots, les lettres et l\u2019amour fou"
            },
            {
                "authors": [
                    {
                        "fist_name": "St\u00e9phanie",
                        "id": "153",
                        "last_name": "Bodet"
                    },
                    {
                        "fist_name": "",
                        "id": "193",
                        "last_name": "Kent"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 15:00:00",
                "date_start": "2019-05-02 14:00:00",
                "description": "",
                "id_seance": "291",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Charlotte Victor Lang"
                ],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "Raconter l\u2019absence"
            },
            {
                "authors": [
                    {
                        "fist_name": "Peter",
                        "id": "102",
                        "last_name": "Stamm"
                    },
                    {
                        "fist_name": "Gabriella",
                        "id": "249",
                        "last_name": "Zalap\u00ec"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 16:00:00",
                "date_start": "2019-05-02 15:00:00",
                "description": "",
                "id_seance": "226",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Patrick Morier-Genoud"
                ],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "L'\u00e9crivain, observateur de sa vie, de ses personnages"
            },
            {
                "authors": [
                    {
                        "fist_name": "J\u00e9r\u00e9my",
                        "id": "295",
                        "last_name": "Fel"
                    },
                    {
                        "fist_name": "Marc",
                        "id": "174",
                        "last_name": "Voltenauer"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-02 17:00:00",
                "date_start": "2019-05-02 16:00:00",
                "description": "",
                "id_seance": "37",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Amandine Glevarec"
                ],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "\u2026et mourir de fr\u00e9mir"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 18:00:00",
                "date_start": "2019-05-02 17:00:00",
                "description": "",
                "id_seance": "338",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "auteur phare"
            },
            {
                "authors": [],
                "category": "Remise de prix",
                "date_end": "2019-05-03 11:00:00",
                "date_start": "2019-05-03 10:00:00",
                "description": "",
                "id_seance": "68",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "Prix Booktubing"
            },
            {
                "authors": [],
                "category": "Remise de prix",
                "date_end": "2019-05-03 12:00:00",
                "date_start": "2019-05-03 11:00:00",
                "description": "",
                "id_seance": "28",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "Remise du prix BD zoom"
            },
            {
                "authors": [
                    {
                        "fist_name": "Maryse",
                        "id": "444",
                        "last_name": "Cond\u00e9"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-03 13:00:00",
                "date_start": "2019-05-03 12:00:00",
                "description": "",
                "id_seance": "325",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Pascal Schouwey"
                ],
                "public": null,
                "scene": "L'apostrophe",
                "title": "maryse cond\u00e9"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-03 15:00:00",
                "date_start": "2019-05-03 13:30:00",
                "description": "",
                "id_seance": "30",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "L'apostrophe",
                "title": "RTS"
            },
            {
                "authors": [
                    {
                        "fist_name": "Victor",
                        "id": "100",
                        "last_name": "Del Arbol"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 16:00:00",
                "date_start": "2019-05-03 15:00:00",
                "description": "",
                "id_seance": "208",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "Polar international"
            },
            {
                "authors": [
                    {
                        "fist_name": "Sarah",
                        "id": "176",
                        "last_name": "Chiche"
                    },
                    {
                        "fist_name": "Adeline",
                        "id": "156",
                        "last_name": "Dieudonn\u00e9"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-03 17:00:00",
                "date_start": "2019-05-03 16:00:00",
                "description": "",
                "id_seance": "57",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Pascal Schouwey"
                ],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "\u00c9crire la violence"
            },
            {
                "authors": [
                    {
                        "fist_name": "Michel",
                        "id": "191",
                        "last_name": "Drucker"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-03 18:00:00",
                "date_start": "2019-05-03 17:00:00",
                "description": "",
                "id_seance": "58",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Pascal Schouwey"
                ],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "Il faut du temps pour rester jeune"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-03 19:00:00",
                "date_start": "2019-05-03 18:00:00",
                "description": "",
                "id_seance": "195",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "Spectacle d'improvisation"
            },
            {
                "authors": [
                    {
                        "fist_name": "Laurent",
                        "id": "442",
                        "last_name": "De Sutter"
                    },
                    {
                        "fist_name": "Pascal",
                        "id": "192",
                        "last_name": "Vandenberghe"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 13:00:00",
                "date_start": "2019-05-04 12:00:00",
                "description": "",
                "id_seance": "220",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Catherine Pont-Humbert"
                ],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "Chroniques litt\u00e9raires, tout un art"
            },
            {
                "authors": [
                    {
                        "fist_name": "",
                        "id": "171",
                        "last_name": "Bessora"
                    },
                    {
                        "fist_name": "Jean-Christophe",
                        "id": "141",
                        "last_name": "Rufin"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 14:00:00",
                "date_start": "2019-05-04 13:00:00",
                "description": "",
                "id_seance": "15",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "Le roman 360 degr\u00e8s"
            },
            {
                "authors": [
                    {
                        "fist_name": "Fabrice",
                        "id": "114",
                        "last_name": "Melquiot"
                    },
                    {
                        "fist_name": "Omar",
                        "id": "115",
                        "last_name": "Porras"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-04 15:00:00",
                "date_start": "2019-05-04 14:00:00",
                "description": "",
                "id_seance": "14",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Pascal Schouwey"
                ],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "Le th\u00e9\u00e2tre fait salon"
            },
            {
                "authors": [
                    {
                        "fist_name": "Ga\u00eblle",
                        "id": "221",
                        "last_name": "Josse"
                    },
                    {
                        "fist_name": "Laurence",
                        "id": "218",
                        "last_name": "Tardieu"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 16:00:00",
                "date_start": "2019-05-04 15:00:00",
                "description": "",
                "id_seance": "62",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "Des vies \u00e0 deviner, \u00e0 \u00e9crire"
            },
            {
                "authors": [
                    {
                        "fist_name": "Abd Al",
                        "id": "172",
                        "last_name": "Malik"
                    },
                    {
                        "fist_name": "Insa",
                        "id": "160",
                        "last_name": "Sane"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-04 17:00:00",
                "date_start": "2019-05-04 16:00:00",
                "description": "",
                "id_seance": "144",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Pascal Schouwey"
                ],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "R\u00e9cit po\u00e9tique d'aujourd'hui"
            },
            {
                "authors": [
                    {
                        "fist_name": "Mathias",
                        "id": "158",
                        "last_name": "Enard"
                    },
                    {
                        "fist_name": "Lydie",
                        "id": "105",
                        "last_name": "Salvayre"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 18:00:00",
                "date_start": "2019-05-04 17:00:00",
                "description": "",
                "id_seance": "263",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "In\u00e8s De La Motte Saint Pierre"
                ],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "Barcelone, Histoire d\u2019en parler et autres p\u00e9r\u00e9grinations d\u2019\u00e9crivains"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-05 13:00:00",
                "date_start": "2019-05-05 10:15:00",
                "description": "",
                "id_seance": "32",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "L'apostrophe",
                "title": "RTS"
            },
            {
                "authors": [
                    {
                        "fist_name": "Alain",
                        "id": "155",
                        "last_name": "Damasio"
                    },
                    {
                        "fist_name": "Olivier",
                        "id": "293",
                        "last_name": "Truc"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 14:00:00",
                "date_start": "2019-05-05 13:00:00",
                "description": "",
                "id_seance": "260",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "M\u00e9lanie Croubalian"
                ],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "Boualem Sansal"
            },
            {
                "authors": [
                    {
                        "fist_name": "Alexis",
                        "id": "108",
                        "last_name": "Jenni"
                    },
                    {
                        "fist_name": "Quentin",
                        "id": "164",
                        "last_name": "Mouron"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-05 15:00:00",
                "date_start": "2019-05-05 14:00:00",
                "description": "",
                "id_seance": "53",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Pascal Schouwey"
                ],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "Gen\u00e8ve 5 mai 2019, une bouteille, trois verres de rouge et un escabeau"
            },
            {
                "authors": [
                    {
                        "fist_name": "Eric",
                        "id": "106",
                        "last_name": "Fottorino"
                    },
                    {
                        "fist_name": "Walter",
                        "id": "161",
                        "last_name": "Isaacson"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 16:00:00",
                "date_start": "2019-05-05 15:00:00",
                "description": "",
                "id_seance": "51",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "Deux grands journalistes et le pouls du monde , de L\u00e9onard de Vinci \u00e0 Trump"
            },
            {
                "authors": [
                    {
                        "fist_name": "Julie & Camille",
                        "id": "163",
                        "last_name": "Berthollet"
                    },
                    {
                        "fist_name": "Eric",
                        "id": "106",
                        "last_name": "Fottorino"
                    },
                    {
                        "fist_name": "Lydie",
                        "id": "105",
                        "last_name": "Salvayre"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-05 17:00:00",
                "date_start": "2019-05-05 16:00:00",
                "description": "",
                "id_seance": "52",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Pascal Schouwey"
                ],
                "public": "tout public",
                "scene": "L'apostrophe",
                "title": "Camille et Julie Berthollet dialoguent avec les pr\u00e9sidents"
            }
        ],
        "L'espace des cultures arabes": [
            {
                "authors": [
                    {
                        "fist_name": "Astrig",
                        "id": "329",
                        "last_name": "Marandjian"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 12:00:00",
                "date_start": "2019-05-01 11:00:00",
                "description": "Lecture des contes que tous les enfants et adultes d\u2019Arm\u00e9nie connaissent par c\u0153ur et qui les accompagnent toute leur vie. \r\nLecture suivie d'une s\u00e9ance de d\u00e9dicaces\r\n",
                "id_seance": "228",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "L'espace des cultures arabes",
                "title": "Contes arm\u00e9niens"
            },
            {
                "authors": [
                    {
                        "fist_name": "Farid",
                        "id": "487",
                        "last_name": "Abache"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 14:00:00",
                "date_start": "2019-05-01 13:00:00",
                "description": "Rencontre avec des cin\u00e9ates en collaboration avec le FIFOG",
                "id_seance": "229",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Tahar",
                        "id": "486",
                        "last_name": "Houchi"
                    }
                ],
                "moderator": [],
                "public": "adulte",
                "scene": "L'espace des cultures arabes",
                "title": "L'impact des r\u00e9volutions arabes sur le cin\u00e9ma arabe"
            },
            {
                "authors": [
                    {
                        "fist_name": "Boualem",
                        "id": "109",
                        "last_name": "Sansal"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 15:30:00",
                "date_start": "2019-05-01 14:30:00",
                "description": "Une heure avec Boualem Sansal suivie d'une s\u00e9ance de d\u00e9dicaces",
                "id_seance": "253",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Le\u00efla Tauil"
                ],
                "public": "adulte",
                "scene": "L'espace des cultures arabes",
                "title": "Boualem Sansal recr\u00e9e le monde"
            },
            {
                "authors": [
                    {
                        "fist_name": "Djilali",
                        "id": "328",
                        "last_name": "Bencheikh"
                    },
                    {
                        "fist_name": "Sophie",
                        "id": "322",
                        "last_name": "Colliex"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 17:00:00",
                "date_start": "2019-05-01 16:00:00",
                "description": "Deux regards se croisent ici. En fouillant l\u2019intimit\u00e9 du temps, en transgressant le tabou des silences, Sophie et Djilali cimentent d\u2019autres rep\u00e8res pour l\u2019Histoire. \r\nRencontre suivie de d\u00e9dicaces.",
                "id_seance": "230",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Maude Bittar"
                ],
                "public": "tout public",
                "scene": "L'espace des cultures arabes",
                "title": "L'Alg\u00e9rie \u00e0 deux voix - Terre de ma m\u00e8re"
            },
            {
                "authors": [
                    {
                        "fist_name": "Karima",
                        "id": "326",
                        "last_name": "Lazali"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 18:30:00",
                "date_start": "2019-05-01 17:30:00",
                "description": "Une enqu\u00eate sur les effets psychiques et politiques contemporains de l'oppression coloniale en Alg\u00e9rie.\r\nRencontre suivie d'une s\u00e9ance de d\u00e9dicaces.",
                "id_seance": "231",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "L'espace des cultures arabes",
                "title": "Le trauma colonial"
            },
            {
                "authors": [
                    {
                        "fist_name": "Djilali",
                        "id": "328",
                        "last_name": "Bencheikh"
                    },
                    {
                        "fist_name": "Sonia",
                        "id": "327",
                        "last_name": "Jasmine"
                    },
                    {
                        "fist_name": "Karima",
                        "id": "326",
                        "last_name": "Lazali"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 14:00:00",
                "date_start": "2019-05-02 12:30:00",
                "description": "Regards crois\u00e9s autour de l'Alg\u00e9rie.\r\nTable ronde suivie de d\u00e9dicaces.",
                "id_seance": "233",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Le\u00efla Tauil"
                ],
                "public": "adulte",
                "scene": "L'espace des cultures arabes",
                "title": "France-Alg\u00e9rie, les identit\u00e9s"
            },
            {
                "authors": [
                    {
                        "fist_name": "Cisse",
                        "id": "325",
                        "last_name": "Kane"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 15:15:00",
                "date_start": "2019-05-02 14:15:00",
                "description": "Rencontre avec Cisse Kane, suivie d'une s\u00e9ance de d\u00e9dicaces",
                "id_seance": "234",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "L'espace des cultures arabes",
                "title": "L'islam soufi face aux d\u00e9fis contemporains"
            },
            {
                "authors": [
                    {
                        "fist_name": "Glorice",
                        "id": "324",
                        "last_name": "Weinstein"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 16:30:00",
                "date_start": "2019-05-02 15:30:00",
                "description": "Rencontre avec Glorice Weinstein, suivie d'une s\u00e9ance de d\u00e9dicaces.",
                "id_seance": "235",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "L'espace des cultures arabes",
                "title": "La Mari\u00e9e du Nil"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 19:00:00",
                "date_start": "2019-05-02 17:00:00",
                "description": "Rencontre de l'ICAM et du Club Diplomatique de Gen\u00e8ve.",
                "id_seance": "236",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "L'espace des cultures arabes",
                "title": "Rencontre de l'ICAM et du CDG"
            },
            {
                "authors": [],
                "category": "Atelier scolaire",
                "date_end": "2019-05-03 11:00:00",
                "date_start": "2019-05-03 10:00:00",
                "description": "Apr\u00e8s une introduction aux contes des mille et une nuits, les \u00e9l\u00e8ves et l\u2019animatrice imagineront ensemble une histoire aux r\u00e9cits imbriqu\u00e9s",
                "id_seance": "374",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Lia",
                        "id": "491",
                        "last_name": "Leveill\u00e9 Mettral"
                    }
                ],
                "moderator": [],
                "public": "scolaire",
                "scene": "L'espace des cultures arabes",
                "title": "Les contes imbriqu\u00e9s \u00e0 l\u2019orientale"
            },
            {
                "authors": [
                    {
                        "fist_name": "Maha",
                        "id": "298",
                        "last_name": "Abdelhamid"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 13:00:00",
                "date_start": "2019-05-03 12:00:00",
                "description": "Rencontre avec Maha Abdelhamid suivie d'une s\u00e9ance de d\u00e9dicaces.",
                "id_seance": "287",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "L'espace des cultures arabes",
                "title": "\u00catre noir, ce n'est pas une question de couleur"
            },
            {
                "authors": [
                    {
                        "fist_name": "St\u00e9phane",
                        "id": "346",
                        "last_name": " Aucante"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 14:30:00",
                "date_start": "2019-05-03 13:30:00",
                "description": "Rencontre avec St\u00e9phane Aucante autour de son livre. Suivie d'une s\u00e9ance de d\u00e9dicaces.",
                "id_seance": "255",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "L'espace des cultures arabes",
                "title": "Naplouse, Palestine - Portraits d'une occupation"
            },
            {
                "authors": [
                    {
                        "fist_name": "Yan",
                        "id": "300",
                        "last_name": "Morvan"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 16:00:00",
                "date_start": "2019-05-03 15:00:00",
                "description": "Rencontre avec le photographe Yan Morvan, suivie d'une s\u00e9ance de d\u00e9dicaces.",
                "id_seance": "237",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "L'espace des cultures arabes",
                "title": "La guerre au Liban vue par un solitaire"
            },
            {
                "authors": [
                    {
                        "fist_name": "Mabrouck",
                        "id": "321",
                        "last_name": "Rachedi"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 17:30:00",
                "date_start": "2019-05-03 16:30:00",
                "description": "Rencontre avec Rachedi Mabrouck suivie d'une s\u00e9ance de d\u00e9dicaces.",
                "id_seance": "256",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Taminount Sammar"
                ],
                "public": "tout public",
                "scene": "L'espace des cultures arabes",
                "title": "Devoir de m\u00e9moire"
            },
            {
                "authors": [
                    {
                        "fist_name": "Dominique",
                        "id": "438",
                        "last_name": "Ziegler"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 19:00:00",
                "date_start": "2019-05-03 18:00:00",
                "description": "Rencontre avec Dominique Ziegler, suivie d'une s\u00e9ance de d\u00e9dicaces.",
                "id_seance": "319",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Luisa Ballin"
                ],
                "public": "adulte",
                "scene": "L'espace des cultures arabes",
                "title": "Dominique Ziegler, les identit\u00e9s buissonni\u00e8res"
            },
            {
                "authors": [
                    {
                        "fist_name": "Le\u00efla",
                        "id": "189",
                        "last_name": "Bahsain"
                    },
                    {
                        "fist_name": "Djilali",
                        "id": "328",
                        "last_name": "Bencheikh"
                    },
                    {
                        "fist_name": "Sophie",
                        "id": "322",
                        "last_name": "Colliex"
                    },
                    {
                        "fist_name": "Mabrouck",
                        "id": "321",
                        "last_name": "Rachedi"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 12:00:00",
                "date_start": "2019-05-04 11:00:00",
                "description": "Rencontre suivie d'une s\u00e9ance de d\u00e9dicaces.",
                "id_seance": "238",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Le\u00efla Tauil"
                ],
                "public": "adulte",
                "scene": "L'espace des cultures arabes",
                "title": "Notre m\u00e9moire et notre h\u00e9ritage culturel"
            },
            {
                "authors": [
                    {
                        "fist_name": "Mustapha",
                        "id": "320",
                        "last_name": "Karmoudi"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 13:30:00",
                "date_start": "2019-05-04 12:30:00",
                "description": "Rencontre suivie d'une s\u00e9ance de d\u00e9dicaces",
                "id_seance": "240",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "L'espace des cultures arabes",
                "title": "L'autre proph\u00e8te - (Al-Mutanabbi)"
            },
            {
                "authors": [
                    {
                        "fist_name": "Fouad",
                        "id": "332",
                        "last_name": "Laroui"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 15:00:00",
                "date_start": "2019-05-04 14:00:00",
                "description": "Tour d'horizon de la cr\u00e9ation contemporaine marocaine. Rencontre suivie d'une s\u00e9ance de d\u00e9dicaces.",
                "id_seance": "241",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "L'espace des cultures arabes",
                "title": "Lumi\u00e8res du Maroc"
            },
            {
                "authors": [
                    {
                        "fist_name": "Le\u00efla",
                        "id": "189",
                        "last_name": "Bahsain"
                    },
                    {
                        "fist_name": "Fatema",
                        "id": "315",
                        "last_name": "Hal"
                    },
                    {
                        "fist_name": "Le\u00efla",
                        "id": "318",
                        "last_name": "Tauil"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 16:30:00",
                "date_start": "2019-05-04 15:30:00",
                "description": "Regards crois\u00e9es.\r\nRencontre suivie d'une s\u00e9ance de d\u00e9dicaces.",
                "id_seance": "242",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "L'espace des cultures arabes",
                "title": "Femmes du Maghreb"
            },
            {
                "authors": [
                    {
                        "fist_name": "Nedim",
                        "id": "316",
                        "last_name": "G\u00fcrsel"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 18:00:00",
                "date_start": "2019-05-04 17:00:00",
                "description": "Rencontre suivie d'une s\u00e9ance de d\u00e9dicace.",
                "id_seance": "243",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Luisa Ballin"
                ],
                "public": "adulte",
                "scene": "L'espace des cultures arabes",
                "title": "Turquie libre, j'\u00e9cris ton nom"
            },
            {
                "authors": [
                    {
                        "fist_name": "Fouad",
                        "id": "332",
                        "last_name": "Laroui"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 19:30:00",
                "date_start": "2019-05-04 18:30:00",
                "description": "Au-del\u00e0 du clich\u00e9 du savant fou, il semble qu'il y ait un vrai probl\u00e8me d'\u00e9quilibre mental chez les plus grands math\u00e9maticiens. Fouad Laroui partagera avec le public son analyse.\r\n",
                "id_seance": "244",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Marc",
                        "id": "463",
                        "last_name": "Turiault"
                    }
                ],
                "moderator": [],
                "public": "adulte",
                "scene": "L'espace des cultures arabes",
                "title": "Dieu, les math\u00e9matiques, la folie"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-05 11:00:00",
                "date_start": "2019-05-05 10:00:00",
                "description": "La Revue Tunisienne de Science Politique est une revue d\u2019analyses et de d\u00e9bats sur des questions d\u2019ordre politique. Elle a pour ambition essentielle de contribuer au d\u00e9veloppement et \u00e0 la diffusion de",
                "id_seance": "286",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Itidel ",
                        "id": "349",
                        "last_name": "Fadhloun"
                    }
                ],
                "moderator": [],
                "public": "adulte",
                "scene": "L'espace des cultures arabes",
                "title": "Pr\u00e9sentation de la premi\u00e8re revue Tunisienne de Science Politique"
            },
            {
                "authors": [
                    {
                        "fist_name": "Sylvie",
                        "id": "317",
                        "last_name": "Arsever"
                    },
                    {
                        "fist_name": "Nedim",
                        "id": "316",
                        "last_name": "G\u00fcrsel"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 12:30:00",
                "date_start": "2019-05-05 11:30:00",
                "description": "",
                "id_seance": "245",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Luisa Ballin"
                ],
                "public": "tout public",
                "scene": "L'espace des cultures arabes",
                "title": "La Turquie aujourd'hui"
            },
            {
                "authors": [
                    {
                        "fist_name": "Fatema",
                        "id": "315",
                        "last_name": "Hal"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 14:00:00",
                "date_start": "2019-05-05 13:00:00",
                "description": "Rencontre suivie d'une s\u00e9ance de d\u00e9dicaces",
                "id_seance": "246",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Fouad Laroui"
                ],
                "public": "tout public",
                "scene": "L'espace des cultures arabes",
                "title": "Le discours amoureux des \u00e9pices"
            },
            {
                "authors": [
                    {
                        "fist_name": "Vital",
                        "id": "509",
                        "last_name": "Heurtebize"
                    },
                    {
                        "fist_name": "Bruno",
                        "id": "313",
                        "last_name": "Mercier"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 17:30:00",
                "date_start": "2019-05-05 16:30:00",
                "description": "Rencontre suivie d'une s\u00e9ance de d\u00e9dicaces",
                "id_seance": "247",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Gregory",
                        "id": "511",
                        "last_name": "Chiaradia"
                    },
                    {
                        "fist_name": "Claire",
                        "id": "510",
                        "last_name": "Dutrey"
                    },
                    {
                        "fist_name": "V\u00e9ronique",
                        "id": "507",
                        "last_name": "Mooser"
                    }
                ],
                "moderator": [],
                "public": "tout public",
                "scene": "L'espace des cultures arabes",
                "title": "La cr\u00e9ation po\u00e9tique en duo"
            }
        ],
        "L'\u00eelot Jeunesse": [
            {
                "authors": [
                    {
                        "fist_name": "Popy",
                        "id": "478",
                        "last_name": "Matigot"
                    }
                ],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-01 19:00:00",
                "date_start": "2019-05-01 10:30:00",
                "description": "Dans l'album Petite Pousse, Popy Matigot nous conte avec tendresse l'histoire d'une petite graine qui pousse dans le ventre de sa maman, jusqu'\u00e0 sa naissance et sa rencontre avec ses parents.",
                "id_seance": "363",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Popy Matigot en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-01 13:30:00",
                "date_start": "2019-05-01 10:30:00",
                "description": "",
                "id_seance": "446",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Catherine Louis en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-01 13:30:00",
                "date_start": "2019-05-01 11:30:00",
                "description": "Olivier May nous pr\u00e9sente  \"Les enfants de l'escalade\", roman qui nous plonge dans la vie de Gen\u00e8ve en 1602, ann\u00e9e marqu\u00e9e par l'attaque des Savoyards et leur d\u00e9faite appel\u00e9e \"d\u00e9faite de l'escalade\"",
                "id_seance": "430",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Olivier May en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "Atelier scolaire",
                "date_end": "2019-05-01 13:00:00",
                "date_start": "2019-05-01 11:30:00",
                "description": "Quels fruits et l\u00e9gumes peut-on manger selon la saison ? Trouvez les r\u00e9ponses tout en vous amusant  avec l\u2019Association J\u2019aime ma plan\u00e8te et d\u00e9couvrez l\u2019alimentation durable et ses enjeux !",
                "id_seance": "440",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Lorris",
                        "id": "547",
                        "last_name": "Cavagliotti"
                    },
                    {
                        "fist_name": "Catherine",
                        "id": "541",
                        "last_name": "De Noyelle"
                    },
                    {
                        "fist_name": "Isabelle",
                        "id": "542",
                        "last_name": "De Saint-Mars"
                    },
                    {
                        "fist_name": "Urban ",
                        "id": "548",
                        "last_name": "Furlan"
                    },
                    {
                        "fist_name": "Christelle",
                        "id": "545",
                        "last_name": "Gast"
                    },
                    {
                        "fist_name": "Martin",
                        "id": "549",
                        "last_name": "Leafe"
                    },
                    {
                        "fist_name": "Nathalie",
                        "id": "544",
                        "last_name": "L\u00e9monis"
                    },
                    {
                        "fist_name": "Laurent",
                        "id": "550",
                        "last_name": "Motte"
                    },
                    {
                        "fist_name": "Valentine",
                        "id": "543",
                        "last_name": "Python"
                    },
                    {
                        "fist_name": "Coralie",
                        "id": "546",
                        "last_name": "Wuilbeaux"
                    }
                ],
                "moderator": [],
                "public": "scolaire",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Atelier alimentation durable"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 15:00:00",
                "date_start": "2019-05-01 14:30:00",
                "description": "Dans le cadre de la remise du prix Enfantaisie, venez \u00e9couter Ga\u00ebtan qui nous fera d\u00e9couvrir des extraits de son dernier album \"Chope la banane\".",
                "id_seance": "377",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Ga\u00ebtan en d\u00e9dicace musicale"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-01 17:00:00",
                "date_start": "2019-05-01 15:00:00",
                "description": "",
                "id_seance": "375",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Ga\u00ebtan en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "Atelier scolaire",
                "date_end": "2019-05-02 11:00:00",
                "date_start": "2019-05-02 09:30:00",
                "description": "Quels fruits et l\u00e9gumes peut-on manger selon la saison ? Trouvez les r\u00e9ponses tout en vous amusant  avec l\u2019Association J\u2019aime ma plan\u00e8te et d\u00e9couvrez l\u2019alimentation durable et ses enjeux !",
                "id_seance": "441",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Lorris",
                        "id": "547",
                        "last_name": "Cavagliotti"
                    },
                    {
                        "fist_name": "Catherine",
                        "id": "541",
                        "last_name": "De Noyelle"
                    },
                    {
                        "fist_name": "Isabelle",
                        "id": "542",
                        "last_name": "De Saint-Mars"
                    },
                    {
                        "fist_name": "Urban ",
                        "id": "548",
                        "last_name": "Furlan"
                    },
                    {
                        "fist_name": "Christelle",
                        "id": "545",
                        "last_name": "Gast"
                    },
                    {
                        "fist_name": "Martin",
                        "id": "549",
                        "last_name": "Leafe"
                    },
                    {
                        "fist_name": "Nathalie",
                        "id": "544",
                        "last_name": "L\u00e9monis"
                    },
                    {
                        "fist_name": "Laurent",
                        "id": "550",
                        "last_name": "Motte"
                    },
                    {
                        "fist_name": "Valentine",
                        "id": "543",
                        "last_name": "Python"
                    },
                    {
                        "fist_name": "Coralie",
                        "id": "546",
                        "last_name": "Wuilbeaux"
                    }
                ],
                "moderator": [],
                "public": "scolaire",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Atelier alimentation durable"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-02 16:00:00",
                "date_start": "2019-05-02 10:00:00",
                "description": "Olivier May nous pr\u00e9sente  \"Les enfants de l'escalade\", roman qui nous plonge dans la vie de Gen\u00e8ve en 1602, ann\u00e9e marqu\u00e9e par l'attaque des Savoyards et leur d\u00e9faite appel\u00e9e \"d\u00e9faite de l'escalade\"",
                "id_seance": "431",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Olivier May en d\u00e9dicace"
            },
            {
                "authors": [
                    {
                        "fist_name": "Popy",
                        "id": "478",
                        "last_name": "Matigot"
                    }
                ],
                "category": "Atelier scolaire",
                "date_end": "2019-05-02 16:00:00",
                "date_start": "2019-05-02 15:00:00",
                "description": "Imaginez et dessinez la croissance d\u2019une petite graine avec Popy Matigot, l\u2019illustratrice du livre \u00ab Petite Pousse \u00bb qui explique tout en po\u00e9sie l\u2019aventure de la naissance",
                "id_seance": "364",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Atelier de dessin"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 18:00:00",
                "date_start": "2019-05-02 16:00:00",
                "description": "Marie Secret vous invite \u00e0 d\u00e9couvrir le 4\u00e8me num\u00e9ro du pr\u00e9cis artistique \"Octopus\", intitul\u00e9 \"Le piment\" et magnifiquement illustr\u00e9 par Albertine.",
                "id_seance": "527",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Pr\u00e9sentation de la revue \"Octopus\""
            },
            {
                "authors": [],
                "category": null,
                "date_end": "2019-05-02 19:00:00",
                "date_start": "2019-05-02 17:00:00",
                "description": null,
                "id_seance": "388",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Atelier d'impression typographique"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-03 12:00:00",
                "date_start": "2019-05-03 10:00:00",
                "description": "Olivier May nous pr\u00e9sente  \"Les enfants de l'escalade\", roman qui nous plonge dans la vie de Gen\u00e8ve en 1602, ann\u00e9e marqu\u00e9e par l'attaque des Savoyards et leur d\u00e9faite appel\u00e9e \"d\u00e9faite de l'escalade\"",
                "id_seance": "432",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Olivier May en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-03 13:00:00",
                "date_start": "2019-05-03 10:00:00",
                "description": "",
                "id_seance": "447",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Catherine Louis en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-03 12:30:00",
                "date_start": "2019-05-03 10:30:00",
                "description": "",
                "id_seance": "386",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Vanoa en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-03 14:00:00",
                "date_start": "2019-05-03 10:30:00",
                "description": "",
                "id_seance": "529",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "J\u00e9r\u00e9my Semet en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "Atelier scolaire",
                "date_end": "2019-05-03 13:00:00",
                "date_start": "2019-05-03 11:30:00",
                "description": "D\u00e9couvrez le monde merveilleux des cr\u00e9atures fantastiques qui peuplent les romans d\u2019Eric Sanvoisin !",
                "id_seance": "523",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "scolaire",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Rencontre lecture autour des dragons"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-03 14:30:00",
                "date_start": "2019-05-03 12:00:00",
                "description": "Marion Cocklico nous pr\u00e9sente son dernier album \"Le petit livre des couleurs\", un imagier tactile pour les plus petits",
                "id_seance": "449",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Marion Cocklico en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "Atelier scolaire",
                "date_end": "2019-05-03 14:30:00",
                "date_start": "2019-05-03 13:00:00",
                "description": "Comment m\u00ealer fiction et histoire en int\u00e9grant les recherches des historiens qui travaillent sur le Moyen Age ? Apprenez \u00e0 distinguer les sources des l\u00e9gendes et des mythes avec Olivier May",
                "id_seance": "435",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Atelier Moyen-\u00c0ge"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-03 15:00:00",
                "date_start": "2019-05-03 13:00:00",
                "description": "Eric Sanvoisin vous pr\u00e9sente le 4\u00e8me volet de sa s\u00e9rie \"Le maitre des licornes\" dans lequel A\u00e9l\u00efg, protecteur des licornes, voit son pouvoir menac\u00e9 et va devoir d\u00e9fendre ardemment celui-ci.",
                "id_seance": "522",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Eric Sanvoisin en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "Atelier scolaire",
                "date_end": "2019-05-03 15:30:00",
                "date_start": "2019-05-03 14:30:00",
                "description": "D\u00e9couvrez le Kamishiba\u00ef, th\u00e9\u00e2tre de lectures japonais, autour du livre de Vanoa, \u00ab Les ailes de l\u2019amiti\u00e9 \u00bb ",
                "id_seance": "389",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Atelier lecture Kamishiba\u00ef"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-03 16:30:00",
                "date_start": "2019-05-03 14:30:00",
                "description": "Olivier May nous pr\u00e9sente  \"Les enfants de l'escalade\", roman qui nous plonge dans la vie de Gen\u00e8ve en 1602, ann\u00e9e marqu\u00e9e par l'attaque des Savoyards et leur d\u00e9faite appel\u00e9e \"d\u00e9faite de l'escalade\"",
                "id_seance": "433",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Olivier May en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-03 17:30:00",
                "date_start": "2019-05-03 15:30:00",
                "description": "",
                "id_seance": "387",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Vanoa en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "Atelier",
                "date_end": "2019-05-03 17:00:00",
                "date_start": "2019-05-03 16:15:00",
                "description": "Cr\u00e9ez votre propre bande-dessin\u00e9e en quatre cases et sans parole avec l\u2019illustrateur Laurent Simon",
                "id_seance": "368",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Atelier bande-dessin\u00e9e"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-03 19:00:00",
                "date_start": "2019-05-03 17:00:00",
                "description": "Laurent Simon pr\u00e9sente son album \"La V\u00e9nus de pierre\" , inspir\u00e9e de la V\u00e9nus de Willendorf,  racontant l'histoire de la reine Isha qui devra choisir parmi ses  pr\u00e9tendants, au temps de la pr\u00e9histoire.",
                "id_seance": "365",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Laurent Simon en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-03 20:00:00",
                "date_start": "2019-05-03 17:00:00",
                "description": "Florence Cochet nous pr\u00e9sente le second volet de L'envol du ph\u00e9nix: \u00ab Alt\u00e9r\u00e9s Vol.2, L\u2019envol du ph\u00e9nix \u00bb",
                "id_seance": "452",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Florence Cochet en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-03 20:00:00",
                "date_start": "2019-05-03 17:30:00",
                "description": "Marion Cocklico nous pr\u00e9sente son dernier album \"Le petit livre des couleurs\", un imagier tactile pour les plus petits",
                "id_seance": "450",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Marion Cocklico en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "Atelier",
                "date_end": "2019-05-03 20:00:00",
                "date_start": "2019-05-03 18:00:00",
                "description": "Imprimez vous-m\u00eame votre affiche du Salon du Livre\u2009! \u00c0 l\u2019aide de la technologie de Gutenberg, vous pourrez composer en lettres de bois et de plombs votre propre affiche et l\u2019imprimer.",
                "id_seance": "373",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Alessandro",
                        "id": "485",
                        "last_name": "Longo"
                    },
                    {
                        "fist_name": "Nicolas",
                        "id": "483",
                        "last_name": "Regamey"
                    }
                ],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Atelier d'impression typographique"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-04 11:00:00",
                "date_start": "2019-05-04 09:30:00",
                "description": "Laurent Simon pr\u00e9sente son album \"La V\u00e9nus de pierre\" , inspir\u00e9e de la V\u00e9nus de Willendorf,  racontant l'histoire de la reine Isha qui devra choisir parmi ses  pr\u00e9tendants, au temps de la pr\u00e9histoire.",
                "id_seance": "366",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Laurent Simon en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-04 14:00:00",
                "date_start": "2019-05-04 09:30:00",
                "description": "Marion Cocklico nous pr\u00e9sente son dernier album \"Le petit livre des couleurs\", un imagier tactile pour les plus petits",
                "id_seance": "451",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Marion Cocklico en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-04 12:30:00",
                "date_start": "2019-05-04 10:00:00",
                "description": "Sophie Rigal-Goulard nous pr\u00e9sente son dernier \u00e9pisode de la collection des 4 soeurs \"Quatre soeurs dansent\"",
                "id_seance": "399",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Sophie Rigal-Goulard en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-04 20:00:00",
                "date_start": "2019-05-04 11:30:00",
                "description": "Lili la baleine vous pr\u00e9sentera son album paru aux \u00e9ditons Eliza \"\u00c0 petits pas dans la ville\", qui raconte la journ\u00e9e d'un cerf en ville, et qui invite les enfants \u00e0 colorier les illustrations",
                "id_seance": "394",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Lili la Baleine en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-04 20:00:00",
                "date_start": "2019-05-04 11:30:00",
                "description": "",
                "id_seance": "427",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Johan Dayt en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-04 14:00:00",
                "date_start": "2019-05-04 12:00:00",
                "description": "Venez d\u00e9couvrir en compagnie de Christine Pomp\u00e9\u00ef les derni\u00e8res aventures de Ma\u00eblys dans \"Vendanges insolites en Lavaux\".",
                "id_seance": "391",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Christine Pomp\u00e9\u00ef en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "Atelier",
                "date_end": "2019-05-04 14:00:00",
                "date_start": "2019-05-04 13:00:00",
                "description": "D\u00e9couvrez l\u2019histoire de \u00ab Rick Pou et les poux migrateurs \u00bb et dessinez une famille de poux avec l\u2019auteur et illustrateur Laurent Cardon",
                "id_seance": "372",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Atelier lecture et dessin"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-04 18:00:00",
                "date_start": "2019-05-04 13:00:00",
                "description": "Thomas Baas dans \"Les jours pairs\"vous invite \u00e0 d\u00e9couvrir une palette d'histoires toutes pleines d'humour et de tendresse,  \u00e0 lire un jour sur 2, tout au long de l'ann\u00e9e!",
                "id_seance": "381",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Thomas Baas en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-04 18:00:00",
                "date_start": "2019-05-04 13:00:00",
                "description": "Vincent Cuvellier vous invite \u00e0 d\u00e9couvrir dans \"Les jours pairs\" une palette d'histoires extravagantes et pleines de tendresse, \u00e0 lire un jour sur 2, tout au long de l'ann\u00e9e!",
                "id_seance": "383",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Vincent Cuvellier en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-04 16:00:00",
                "date_start": "2019-05-04 13:30:00",
                "description": "Sophie Rigal-Goulard nous pr\u00e9sente son dernier \u00e9pisode de la collection des 4 soeurs \"Quatre soeurs dansent\"",
                "id_seance": "400",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Sophie Rigal-Goulard en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "Atelier",
                "date_end": "2019-05-04 14:30:00",
                "date_start": "2019-05-04 13:30:00",
                "description": "Sophie Rigal-Goulard vous expliquera comment d'une simple id\u00e9e peut na\u00eetre un roman, et pr\u00e9sentera toutes les \u00e9tapes n\u00e9cessaires et les diff\u00e9rentes facettes du m\u00e9tier d'auteur de roman jeunesse",
                "id_seance": "401",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Atelier d\u00e9couverte de l'\u00e9criture d'un roman"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-04 15:30:00",
                "date_start": "2019-05-04 14:00:00",
                "description": "\u00ab Rick Pou et les poux migrateurs \u00bb, une histoire mouvement\u00e9e et touchante de poux qui parcourent le monde, passant ainsi de t\u00eate en t\u00eate et rencontrant plein d'autres poux, par Laurent Cardon.",
                "id_seance": "369",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Laurent Cardon en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-04 16:00:00",
                "date_start": "2019-05-04 14:00:00",
                "description": "",
                "id_seance": "396",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "G\u00e9rald Guerlais en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "Atelier",
                "date_end": "2019-05-04 16:00:00",
                "date_start": "2019-05-04 15:00:00",
                "description": "Thomas Bass et Vincent Cuvellier vous liront quelques histoires de leur livre \"Les jours pairs\" qui parlent toutes du quotidien des enfants, avec beaucoup humour, de fantaisie et de tendresse.",
                "id_seance": "385",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Lecture d'histoires"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-04 20:00:00",
                "date_start": "2019-05-04 17:00:00",
                "description": "\u00ab Rick Pou et les poux migrateurs \u00bb, une histoire mouvement\u00e9e et touchante de poux qui parcourent le monde, passant ainsi de t\u00eate en t\u00eate et rencontrant plein d'autres poux, par Laurent Cardon.",
                "id_seance": "371",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Laurent Cardon en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-04 20:00:00",
                "date_start": "2019-05-04 17:00:00",
                "description": "",
                "id_seance": "397",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "G\u00e9rald Guerlais en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-04 20:00:00",
                "date_start": "2019-05-04 17:30:00",
                "description": "Venez d\u00e9couvrir en compagnie de Christine Pomp\u00e9\u00ef les derni\u00e8res aventures de Ma\u00eblys dans \"Vendanges insolites en Lavaux\".",
                "id_seance": "392",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Christine Pomp\u00e9\u00ef en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "Atelier",
                "date_end": "2019-05-04 20:00:00",
                "date_start": "2019-05-04 18:30:00",
                "description": "A partir de bouts de cartons recycl\u00e9s d\u00e9coup\u00e9s en petits morceaux et tri\u00e9s par couleurs, venez cr\u00e9er avec l'illustrateur Johan Dayt un l\u00e9zard en mosa\u00efque, inspir\u00e9 du parc G\u00fcell., et repartez avec!",
                "id_seance": "429",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Atelier mosa\u00efque"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-05 11:30:00",
                "date_start": "2019-05-05 10:00:00",
                "description": "",
                "id_seance": "376",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Ga\u00ebtan en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-05 13:00:00",
                "date_start": "2019-05-05 10:00:00",
                "description": "Thomas Baas dans \"Les jours pairs\"vous invite \u00e0 d\u00e9couvrir une palette d'histoires toutes pleines d'humour et de tendresse,  \u00e0 lire un jour sur 2, tout au long de l'ann\u00e9e!",
                "id_seance": "382",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Thomas Baas en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-05 13:00:00",
                "date_start": "2019-05-05 10:00:00",
                "description": "Vincent Cuvellier vous invite \u00e0 d\u00e9couvrir dans \"Les jours pairs\" une palette d'histoires extravagantes et pleines de tendresse, \u00e0 lire un jour sur 2, tout au long de l'ann\u00e9e!",
                "id_seance": "384",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Vincent Cuvellier en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-05 12:00:00",
                "date_start": "2019-05-05 10:00:00",
                "description": "Venez d\u00e9couvrir en compagnie de Christine Pomp\u00e9\u00ef les derni\u00e8res aventures de Ma\u00eblys dans \"Vendanges insolites en Lavaux\".",
                "id_seance": "393",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Christine Pomp\u00e9\u00ef en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-05 18:00:00",
                "date_start": "2019-05-05 10:00:00",
                "description": "Lili la baleine vous pr\u00e9sentera son album paru aux \u00e9ditons Eliza \"\u00c0 petits pas dans la ville\", qui raconte la journ\u00e9e d'un cerf en ville, et qui invite les enfants \u00e0 colorier les illustrations",
                "id_seance": "395",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Lili la Baleine en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-05 13:00:00",
                "date_start": "2019-05-05 10:00:00",
                "description": "",
                "id_seance": "398",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "G\u00e9rald Guerlais en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-05 12:30:00",
                "date_start": "2019-05-05 10:00:00",
                "description": "Sophie Rigal-Goulard nous pr\u00e9sente son dernier \u00e9pisode de la collection des 4 soeurs \"Quatre soeurs dansent\"",
                "id_seance": "403",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Sophie Rigal-Goulard en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-05 18:00:00",
                "date_start": "2019-05-05 10:00:00",
                "description": "",
                "id_seance": "428",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Johan Dayt en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-05 15:30:00",
                "date_start": "2019-05-05 13:30:00",
                "description": "Laurent Simon pr\u00e9sente son album \"La V\u00e9nus de pierre\" , inspir\u00e9e de la V\u00e9nus de Willendorf,  racontant l'histoire de la reine Isha qui devra choisir parmi ses  pr\u00e9tendants, au temps de la pr\u00e9histoire.",
                "id_seance": "367",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Laurent Simon en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-05 16:00:00",
                "date_start": "2019-05-05 13:30:00",
                "description": "",
                "id_seance": "402",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Sophie Rigal-Goulard en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-05 18:00:00",
                "date_start": "2019-05-05 15:30:00",
                "description": "Olivier May nous pr\u00e9sente  \"Les enfants de l'escalade\", roman qui nous plonge dans la vie de Gen\u00e8ve en 1602, ann\u00e9e marqu\u00e9e par l'attaque des Savoyards et leur d\u00e9faite appel\u00e9e \"d\u00e9faite de l'escalade\"",
                "id_seance": "434",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Olivier May en d\u00e9dicace"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-05 18:00:00",
                "date_start": "2019-05-05 15:30:00",
                "description": "Florence Cochet nous pr\u00e9sente le second volet de L'envol du ph\u00e9nix: \u00ab Alt\u00e9r\u00e9s Vol.2, L\u2019envol du ph\u00e9nix \u00bb",
                "id_seance": "453",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "L'\u00eelot Jeunesse",
                "title": "Florence Cochet en d\u00e9dicace"
            }
        ],
        "La CICAD": [
            {
                "authors": [],
                "category": "Atelier scolaire",
                "date_end": "2019-05-01 12:00:00",
                "date_start": "2019-05-01 10:30:00",
                "description": "Atelier destin\u00e9 aux adolescents de 15 \u00e0 18 ans.",
                "id_seance": "390",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "St\u00e9phane ",
                        "id": "502",
                        "last_name": "Koch "
                    }
                ],
                "moderator": [],
                "public": "scolaire",
                "scene": "La CICAD",
                "title": "Savoir d\u00e9crypter l'information, identifier les fake news et th\u00e9ories du complot"
            },
            {
                "authors": [],
                "category": "Atelier scolaire",
                "date_end": "2019-05-01 15:00:00",
                "date_start": "2019-05-01 13:30:00",
                "description": "Atelier destin\u00e9 aux adolescents de 15 \u00e0 18 ans.",
                "id_seance": "491",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "St\u00e9phane ",
                        "id": "502",
                        "last_name": "Koch "
                    }
                ],
                "moderator": [],
                "public": "scolaire",
                "scene": "La CICAD",
                "title": "Savoir d\u00e9crypter l'information, identifier les fake news et th\u00e9ories du complot"
            },
            {
                "authors": [],
                "category": "Atelier scolaire",
                "date_end": "2019-05-02 11:30:00",
                "date_start": "2019-05-02 10:00:00",
                "description": "Atelier destin\u00e9 aux adolescents de 15 \u00e0 18 ans.",
                "id_seance": "492",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "St\u00e9phane ",
                        "id": "502",
                        "last_name": "Koch "
                    }
                ],
                "moderator": [],
                "public": "scolaire",
                "scene": "La CICAD",
                "title": "Savoir d\u00e9crypter l'information, identifier les fake news et th\u00e9ories du complot"
            }
        ],
        "La planque": [
            {
                "authors": [
                    {
                        "fist_name": "Guillaume",
                        "id": "152",
                        "last_name": "N\u00e9ry"
                    }
                ],
                "category": "Film",
                "date_end": "2019-05-01 15:00:00",
                "date_start": "2019-05-01 14:00:00",
                "description": "",
                "id_seance": "40",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La planque",
                "title": "Guillaume N\u00e9ry"
            },
            {
                "authors": [
                    {
                        "fist_name": "Jeanne",
                        "id": "337",
                        "last_name": "Mascolo De Filippis"
                    }
                ],
                "category": "Film",
                "date_end": "2019-05-01 16:00:00",
                "date_start": "2019-05-01 15:00:00",
                "description": "",
                "id_seance": "200",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La planque",
                "title": "Jeanne Mascolo - Film"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 17:00:00",
                "date_start": "2019-05-01 16:00:00",
                "description": "",
                "id_seance": "252",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La planque",
                "title": "lecture dans le noir"
            },
            {
                "authors": [],
                "category": "Film",
                "date_end": "2019-05-02 13:50:00",
                "date_start": "2019-05-02 12:30:00",
                "description": "",
                "id_seance": "72",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "La planque",
                "title": "projection film Un juif pour l'exemple - Chessex"
            },
            {
                "authors": [
                    {
                        "fist_name": "Joseph",
                        "id": "580",
                        "last_name": "Ponthus"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 15:00:00",
                "date_start": "2019-05-02 14:00:00",
                "description": "",
                "id_seance": "297",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Guillaume",
                        "id": "461",
                        "last_name": "Pidancet"
                    }
                ],
                "moderator": [
                    "Patrick Morier-Genoud"
                ],
                "public": "tout public",
                "scene": "La planque",
                "title": "A la ligne"
            },
            {
                "authors": [],
                "category": "Film",
                "date_end": "2019-05-02 19:45:00",
                "date_start": "2019-05-02 17:45:00",
                "description": "",
                "id_seance": "379",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La planque",
                "title": "Projection du film \"Hy\u00e8nes\""
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-03 13:00:00",
                "date_start": "2019-05-03 12:00:00",
                "description": "",
                "id_seance": "525",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": null,
                "scene": "La planque",
                "title": "Johan Lolos"
            },
            {
                "authors": [
                    {
                        "fist_name": "Julien",
                        "id": "581",
                        "last_name": "Dupuy"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-03 14:30:00",
                "date_start": "2019-05-03 13:00:00",
                "description": "",
                "id_seance": "323",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Charlotte Victor Lang"
                ],
                "public": "tout public",
                "scene": "La planque",
                "title": "Minuscule"
            },
            {
                "authors": [],
                "category": null,
                "date_end": "2019-05-03 16:00:00",
                "date_start": "2019-05-03 15:00:00",
                "description": null,
                "id_seance": "454",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La planque",
                "title": "Fran\u00e7ois Bon lit Lovecraft"
            },
            {
                "authors": [
                    {
                        "fist_name": "Romain",
                        "id": "188",
                        "last_name": "Puertolas"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-03 18:00:00",
                "date_start": "2019-05-03 16:00:00",
                "description": "",
                "id_seance": "71",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Charlotte Victor Lang"
                ],
                "public": "tout public",
                "scene": "La planque",
                "title": "Le Fakir"
            },
            {
                "authors": [
                    {
                        "fist_name": "Mia",
                        "id": "489",
                        "last_name": "Couto"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 19:30:00",
                "date_start": "2019-05-03 18:00:00",
                "description": "",
                "id_seance": "361",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Sol ",
                        "id": "490",
                        "last_name": "De Carvalho"
                    }
                ],
                "moderator": [],
                "public": "tout public",
                "scene": "La planque",
                "title": "Projection du film \"Maba Bata\" de Sol de Carvalho"
            },
            {
                "authors": [],
                "category": "Concert",
                "date_end": "2019-05-04 13:00:00",
                "date_start": "2019-05-04 11:00:00",
                "description": "",
                "id_seance": "210",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La planque",
                "title": "Lecture musicale - Le Bus"
            },
            {
                "authors": [
                    {
                        "fist_name": "Eric",
                        "id": "224",
                        "last_name": "Chevillard"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-04 14:00:00",
                "date_start": "2019-05-04 13:00:00",
                "description": "",
                "id_seance": "288",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Pascal Schouwey"
                ],
                "public": "tout public",
                "scene": "La planque",
                "title": "Eric Chevillard et sa tortue"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-04 16:00:00",
                "date_start": "2019-05-04 14:00:00",
                "description": "",
                "id_seance": "526",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": null,
                "scene": "La planque",
                "title": "Johan Lolos"
            },
            {
                "authors": [
                    {
                        "fist_name": "Douna",
                        "id": "351",
                        "last_name": "Loup"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 17:00:00",
                "date_start": "2019-05-04 16:00:00",
                "description": "",
                "id_seance": "258",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Victoria",
                        "id": "462",
                        "last_name": "Turrian"
                    }
                ],
                "moderator": [
                    "Nine Simon"
                ],
                "public": "tout public",
                "scene": "La planque",
                "title": "Douna Loup"
            },
            {
                "authors": [],
                "category": null,
                "date_end": "2019-05-04 18:00:00",
                "date_start": "2019-05-04 17:00:00",
                "description": null,
                "id_seance": "489",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La planque",
                "title": "concert m\u00e9diation de guitare : les compositeurs catalans"
            },
            {
                "authors": [
                    {
                        "fist_name": "Sarah",
                        "id": "227",
                        "last_name": "Marquis"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 19:00:00",
                "date_start": "2019-05-04 18:00:00",
                "description": "",
                "id_seance": "290",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La planque",
                "title": "Sarah Marquis"
            },
            {
                "authors": [],
                "category": null,
                "date_end": "2019-05-05 14:00:00",
                "date_start": "2019-05-05 13:00:00",
                "description": null,
                "id_seance": "370",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La planque",
                "title": "Lisette Lomb\u00e9"
            },
            {
                "authors": [
                    {
                        "fist_name": "Luc",
                        "id": "229",
                        "last_name": "Debraine"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 15:00:00",
                "date_start": "2019-05-05 14:00:00",
                "description": "",
                "id_seance": "146",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Eug\u00e8ne",
                        "id": "244",
                        "last_name": "Chaplin"
                    },
                    {
                        "fist_name": "Luc",
                        "id": "229",
                        "last_name": "Debraine"
                    }
                ],
                "moderator": [
                    "In\u00e8s De La Motte Saint Pierre"
                ],
                "public": "tout public",
                "scene": "La planque",
                "title": "Chaplin en images"
            },
            {
                "authors": [],
                "category": null,
                "date_end": "2019-05-05 16:00:00",
                "date_start": "2019-05-05 15:00:00",
                "description": null,
                "id_seance": "222",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La planque",
                "title": "Les artistes belges d\u00e9couvrent Gen\u00e8ve"
            }
        ],
        "La sc\u00e8ne BD": [
            {
                "authors": [],
                "category": "Film",
                "date_end": "2019-05-01 10:15:00",
                "date_start": "2019-05-01 09:45:00",
                "description": "Compilation des vid\u00e9os Papier/Crayon r\u00e9alis\u00e9es par le site d'infodivertissement Konbini",
                "id_seance": "439",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Compilation Papier/Craylon de Konbini"
            },
            {
                "authors": [
                    {
                        "fist_name": "Christophe",
                        "id": "235",
                        "last_name": "Bertschy"
                    }
                ],
                "category": "Atelier scolaire",
                "date_end": "2019-05-01 11:15:00",
                "date_start": "2019-05-01 10:30:00",
                "description": "Christophe Bertschy nous apprend tout autour de son petit diable Nelson",
                "id_seance": "436",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "scolaire",
                "scene": "La sc\u00e8ne BD",
                "title": "Scolaire Christophe Bertschy"
            },
            {
                "authors": [
                    {
                        "fist_name": "Eric",
                        "id": "427",
                        "last_name": "Buchschacher"
                    }
                ],
                "category": "Atelier scolaire",
                "date_end": "2019-05-01 12:15:00",
                "date_start": "2019-05-01 11:30:00",
                "description": "Atelier scolaire autour du monde de la bande \u00e0 Tch\u00f4 !",
                "id_seance": "438",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "scolaire",
                "scene": "La sc\u00e8ne BD",
                "title": "Scolaire Tch\u00f4"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 13:00:00",
                "date_start": "2019-05-01 12:30:00",
                "description": "AAAHHHH, Barcelone et ses tapas ! Ce duo incontournable sera la source d\u2019inspiration d\u2019auteurs de BD barcelonais pour une magnifique performance dessin\u00e9e qui racontera leur ville.",
                "id_seance": "493",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Tapas litt\u00e9raires"
            },
            {
                "authors": [],
                "category": "Film",
                "date_end": "2019-05-01 14:00:00",
                "date_start": "2019-05-01 13:15:00",
                "description": "Compilation des vid\u00e9os Papier/Crayon r\u00e9alis\u00e9es par le site d'infodivertissement Konbini",
                "id_seance": "508",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Compilation Papier/Craylon de Konbini"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 14:30:00",
                "date_start": "2019-05-01 14:00:00",
                "description": "Performance dessin\u00e9e d'un jeune auteur de BD selon le format des vid\u00e9os Papier/Crayon r\u00e9alis\u00e9es par le site d'infodivertissement Konbini",
                "id_seance": "509",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Performance dessin\u00e9e Papier/Crayon"
            },
            {
                "authors": [],
                "category": "Atelier",
                "date_end": "2019-05-01 15:15:00",
                "date_start": "2019-05-01 14:45:00",
                "description": "Les dessinateurs de presse du satirique romand Vigousse confronteront en dessins leur vision aiguis\u00e9e de l'actualit\u00e9 du jour.",
                "id_seance": "312",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Match dessin\u00e9 Vigousse"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 17:45:00",
                "date_start": "2019-05-01 17:15:00",
                "description": "Godverdomme, c\u2019est le juron wallon par excellence ! Tous les jours, des auteurs belges sont invit\u00e9s \u00e0 r\u00e9aliser une performance dessin\u00e9e sur cette expression embl\u00e9matique de leur r\u00e9gion",
                "id_seance": "498",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Godverdomme"
            },
            {
                "authors": [
                    {
                        "fist_name": "Christophe",
                        "id": "235",
                        "last_name": "Bertschy"
                    }
                ],
                "category": "Atelier scolaire",
                "date_end": "2019-05-02 10:30:00",
                "date_start": "2019-05-02 09:45:00",
                "description": "Christophe Bertschy nous apprend tout autour de son petit diable Nelson",
                "id_seance": "437",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "scolaire",
                "scene": "La sc\u00e8ne BD",
                "title": "Scolaire Christophe Bertschy"
            },
            {
                "authors": [
                    {
                        "fist_name": "Mathilde",
                        "id": "426",
                        "last_name": "Domecq"
                    }
                ],
                "category": "Atelier scolaire",
                "date_end": "2019-05-02 11:30:00",
                "date_start": "2019-05-02 10:45:00",
                "description": "Atelier scolaire autour du monde de la bande \u00e0 Tch\u00f4 !",
                "id_seance": "299",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "scolaire",
                "scene": "La sc\u00e8ne BD",
                "title": "Scolaire Tch\u00f4"
            },
            {
                "authors": [
                    {
                        "fist_name": "Paul",
                        "id": "425",
                        "last_name": "Drouin"
                    }
                ],
                "category": "Atelier scolaire",
                "date_end": "2019-05-02 12:30:00",
                "date_start": "2019-05-02 11:45:00",
                "description": "Atelier scolaire autour du monde de la bande \u00e0 Tch\u00f4 !",
                "id_seance": "298",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "scolaire",
                "scene": "La sc\u00e8ne BD",
                "title": "Scolaire Tch\u00f4"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 13:15:00",
                "date_start": "2019-05-02 12:45:00",
                "description": "AAAHHHH, Barcelone et ses tapas ! Ce duo incontournable sera la source d\u2019inspiration d\u2019auteurs de BD barcelonais pour une magnifique performance dessin\u00e9e qui racontera leur ville.",
                "id_seance": "494",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Tapas litt\u00e9raires"
            },
            {
                "authors": [],
                "category": "Film",
                "date_end": "2019-05-02 14:00:00",
                "date_start": "2019-05-02 13:30:00",
                "description": "Compilation des vid\u00e9os Papier/Crayon r\u00e9alis\u00e9es par le site d'infodivertissement Konbini",
                "id_seance": "304",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Compilation Papier/Craylon de Konbini"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 14:30:00",
                "date_start": "2019-05-02 14:00:00",
                "description": "Performance dessin\u00e9e d'un jeune auteur de BD selon le format des vid\u00e9os Papier/Crayon r\u00e9alis\u00e9es par le site d'infodivertissement Konbini",
                "id_seance": "307",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Performance dessin\u00e9e Papier/Crayon"
            },
            {
                "authors": [],
                "category": "Atelier",
                "date_end": "2019-05-02 15:15:00",
                "date_start": "2019-05-02 14:45:00",
                "description": "Les dessinateurs de presse du satirique romand Vigousse confronteront en dessins leur vision aiguis\u00e9e de l'actualit\u00e9 du jour.",
                "id_seance": "313",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Match dessin\u00e9 Vigousse"
            },
            {
                "authors": [
                    {
                        "fist_name": "Albertine",
                        "id": "302",
                        "last_name": "Zullo"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 16:00:00",
                "date_start": "2019-05-02 15:30:00",
                "description": "Albertine illustrera une discussion autour du piment, ingr\u00e9dient d\u00e9cortiqu\u00e9 dans le dernier num\u00e9ro du journal bordelais Octopus, petit pr\u00e9cis des mots de bouche",
                "id_seance": "311",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Performance dessin\u00e9e d'Albertine sur le piment"
            },
            {
                "authors": [
                    {
                        "fist_name": "Jean",
                        "id": "241",
                        "last_name": "Van Hamme"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 17:00:00",
                "date_start": "2019-05-02 16:15:00",
                "description": "Rencontre avec le grand sc\u00e9nariste Jean Van Hamme autour de son oeuvre",
                "id_seance": "448",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Rencontre avec Jean Van Hamme"
            },
            {
                "authors": [
                    {
                        "fist_name": "Eric",
                        "id": "345",
                        "last_name": "Lamb\u00e9"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 17:45:00",
                "date_start": "2019-05-02 17:15:00",
                "description": "Godverdomme, c\u2019est le juron wallon par excellence ! Tous les jours, des auteurs belges sont invit\u00e9s \u00e0 r\u00e9aliser une performance dessin\u00e9e sur cette expression embl\u00e9matique de leur r\u00e9gion",
                "id_seance": "499",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Godverdomme"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 18:45:00",
                "date_start": "2019-05-02 18:00:00",
                "description": "Des \u00e9l\u00e8ves de l'\u00e9cole sup\u00e9rieure de Bande dessin\u00e9e et d'illustrations de Gen\u00e8ve viendront nous raconter une histoire sous forme de cadavre exquis.",
                "id_seance": "504",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Le cadavre exquis de l'ESBD"
            },
            {
                "authors": [
                    {
                        "fist_name": "Mathilde",
                        "id": "426",
                        "last_name": "Domecq"
                    }
                ],
                "category": "Atelier scolaire",
                "date_end": "2019-05-03 10:30:00",
                "date_start": "2019-05-03 09:45:00",
                "description": "Atelier scolaire autour du monde de la bande \u00e0 Tch\u00f4 !",
                "id_seance": "300",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "scolaire",
                "scene": "La sc\u00e8ne BD",
                "title": "Scolaire Tch\u00f4"
            },
            {
                "authors": [
                    {
                        "fist_name": "Eric",
                        "id": "427",
                        "last_name": "Buchschacher"
                    }
                ],
                "category": "Atelier scolaire",
                "date_end": "2019-05-03 11:30:00",
                "date_start": "2019-05-03 10:45:00",
                "description": "Atelier scolaire autour du monde de la bande \u00e0 Tch\u00f4 !",
                "id_seance": "302",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "scolaire",
                "scene": "La sc\u00e8ne BD",
                "title": "Scolaire Tch\u00f4"
            },
            {
                "authors": [
                    {
                        "fist_name": "Paul",
                        "id": "425",
                        "last_name": "Drouin"
                    }
                ],
                "category": "Atelier scolaire",
                "date_end": "2019-05-03 12:30:00",
                "date_start": "2019-05-03 11:45:00",
                "description": "Atelier scolaire autour du monde de la bande \u00e0 Tch\u00f4 !",
                "id_seance": "301",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "scolaire",
                "scene": "La sc\u00e8ne BD",
                "title": "Scolaire Tch\u00f4"
            },
            {
                "authors": [
                    {
                        "fist_name": "Philippe",
                        "id": "271",
                        "last_name": "Chappuis (Dit Zep)"
                    }
                ],
                "category": "Atelier scolaire",
                "date_end": "2019-05-03 13:30:00",
                "date_start": "2019-05-03 12:45:00",
                "description": "Atelier scolaire autour du monde de la bande \u00e0 Tch\u00f4 !",
                "id_seance": "141",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "scolaire",
                "scene": "La sc\u00e8ne BD",
                "title": "Scolaire Tch\u00f4"
            },
            {
                "authors": [
                    {
                        "fist_name": "Ga\u00ebl",
                        "id": "278",
                        "last_name": "Henry"
                    }
                ],
                "category": "Film",
                "date_end": "2019-05-03 14:15:00",
                "date_start": "2019-05-03 13:45:00",
                "description": "Compilation des vid\u00e9os Papier/Crayon r\u00e9alis\u00e9es par le site d'infodivertissement Konbini",
                "id_seance": "303",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Compilation Papier/Craylon de Konbini"
            },
            {
                "authors": [
                    {
                        "fist_name": "Ga\u00ebl",
                        "id": "278",
                        "last_name": "Henry"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 14:45:00",
                "date_start": "2019-05-03 14:15:00",
                "description": "Performance dessin\u00e9e d'un jeune auteur de BD selon le format des vid\u00e9os Papier/Crayon r\u00e9alis\u00e9es par le site d'infodivertissement Konbini",
                "id_seance": "308",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Performance dessin\u00e9e Papier/Crayon"
            },
            {
                "authors": [],
                "category": "Atelier",
                "date_end": "2019-05-03 15:30:00",
                "date_start": "2019-05-03 15:00:00",
                "description": "Les dessinateurs de presse du satirique romand Vigousse confronteront en dessins leur vision aiguis\u00e9e de l'actualit\u00e9 du jour.",
                "id_seance": "314",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Match dessin\u00e9 Vigousse"
            },
            {
                "authors": [
                    {
                        "fist_name": "Didier",
                        "id": "270",
                        "last_name": "Cassegrain"
                    },
                    {
                        "fist_name": "Fred",
                        "id": "276",
                        "last_name": "Duval"
                    },
                    {
                        "fist_name": "Timoth\u00e9",
                        "id": "279",
                        "last_name": "Le Boucher"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 16:30:00",
                "date_start": "2019-05-03 15:45:00",
                "description": "De la cam\u00e9ra au crayon est une rencontre entre deux auteurs de bande dessin\u00e9e autour de leurs influences cin\u00e9matographiques.",
                "id_seance": "445",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "De la cam\u00e9ra au crayon"
            },
            {
                "authors": [
                    {
                        "fist_name": "Jean",
                        "id": "303",
                        "last_name": "Bastide"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 17:15:00",
                "date_start": "2019-05-03 16:45:00",
                "description": "",
                "id_seance": "511",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "La sc\u00e8ne BD",
                "title": "Boule et Bill ont 60 ans"
            },
            {
                "authors": [
                    {
                        "fist_name": "Pierre",
                        "id": "281",
                        "last_name": "Lecrenier"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 18:00:00",
                "date_start": "2019-05-03 17:30:00",
                "description": "Godverdomme, c\u2019est le juron wallon par excellence ! Tous les jours, des auteurs belges sont invit\u00e9s \u00e0 r\u00e9aliser une performance dessin\u00e9e sur cette expression embl\u00e9matique de leur r\u00e9gion",
                "id_seance": "500",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Godverdomme"
            },
            {
                "authors": [
                    {
                        "fist_name": "Am\u00e9lie",
                        "id": "309",
                        "last_name": "Fl\u00e9chais"
                    },
                    {
                        "fist_name": "Jonathan",
                        "id": "310",
                        "last_name": "Garnier"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-04 10:45:00",
                "date_start": "2019-05-04 10:15:00",
                "description": "",
                "id_seance": "506",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "La sc\u00e8ne BD",
                "title": "Autour de Tch\u00f4"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-04 11:15:00",
                "date_start": "2019-05-04 10:45:00",
                "description": "",
                "id_seance": "510",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "La sc\u00e8ne BD",
                "title": "Match dessin\u00e9 autour de Tch\u00f4!"
            },
            {
                "authors": [
                    {
                        "fist_name": "Dominique",
                        "id": "237",
                        "last_name": "Bertail"
                    },
                    {
                        "fist_name": "Frederik",
                        "id": "552",
                        "last_name": "Peeters"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 12:15:00",
                "date_start": "2019-05-04 11:30:00",
                "description": "De la cam\u00e9ra au crayon est une rencontre entre deux auteurs de bande dessin\u00e9e autour de leurs influences cin\u00e9matographiques.",
                "id_seance": "443",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "De la cam\u00e9ra au crayon"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-04 13:00:00",
                "date_start": "2019-05-04 12:30:00",
                "description": "AAAHHHH, Barcelone et ses tapas ! Ce duo incontournable sera la source d\u2019inspiration d\u2019auteurs de BD barcelonais pour une magnifique performance dessin\u00e9e qui racontera leur ville.",
                "id_seance": "495",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Tapas litt\u00e9raires"
            },
            {
                "authors": [],
                "category": "Film",
                "date_end": "2019-05-04 13:45:00",
                "date_start": "2019-05-04 13:15:00",
                "description": "Compilation des vid\u00e9os Papier/Crayon r\u00e9alis\u00e9es par le site d'infodivertissement Konbini",
                "id_seance": "305",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Compilation Papier/Craylon de Konbini"
            },
            {
                "authors": [
                    {
                        "fist_name": "Michele",
                        "id": "277",
                        "last_name": "Foletti"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 14:15:00",
                "date_start": "2019-05-04 13:45:00",
                "description": "Performance dessin\u00e9e d'un jeune auteur de BD selon le format des vid\u00e9os Papier/Crayon r\u00e9alis\u00e9es par le site d'infodivertissement Konbini",
                "id_seance": "309",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Performance dessin\u00e9e Papier/Crayon"
            },
            {
                "authors": [],
                "category": "Atelier",
                "date_end": "2019-05-04 15:00:00",
                "date_start": "2019-05-04 14:30:00",
                "description": "Les dessinateurs de presse du satirique romand Vigousse confronteront en dessins leur vision aiguis\u00e9e de l'actualit\u00e9 du jour.",
                "id_seance": "315",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Match dessin\u00e9 Vigousse"
            },
            {
                "authors": [
                    {
                        "fist_name": "Claude",
                        "id": "211",
                        "last_name": "De Ribaupierre (Dit Derib)"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 15:45:00",
                "date_start": "2019-05-04 15:15:00",
                "description": "",
                "id_seance": "505",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Derib"
            },
            {
                "authors": [
                    {
                        "fist_name": "N\u00e9jib",
                        "id": "286",
                        "last_name": "Belhadj Kacem"
                    },
                    {
                        "fist_name": "Florent",
                        "id": "357",
                        "last_name": "Grouazel"
                    },
                    {
                        "fist_name": "Younn",
                        "id": "356",
                        "last_name": "Locard"
                    },
                    {
                        "fist_name": "Jean",
                        "id": "287",
                        "last_name": "Pleyers"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 16:45:00",
                "date_start": "2019-05-04 16:00:00",
                "description": "Deux duos d'auteurs BD nous raconteront comment ils se sont immisc\u00e9s dans la grande Histoire pour cr\u00e9er leur histoire.",
                "id_seance": "497",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "La sc\u00e8ne BD",
                "title": "Une certaine vision de l'Histoire"
            },
            {
                "authors": [
                    {
                        "fist_name": "Martin",
                        "id": "311",
                        "last_name": "Georis (Dit Mortis Ghost)"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 17:30:00",
                "date_start": "2019-05-04 17:00:00",
                "description": "Godverdomme, c\u2019est le juron wallon par excellence ! Tous les jours, des auteurs belges sont invit\u00e9s \u00e0 r\u00e9aliser une performance dessin\u00e9e sur cette expression embl\u00e9matique de leur r\u00e9gion",
                "id_seance": "501",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Godverdomme"
            },
            {
                "authors": [
                    {
                        "fist_name": "Jean-Christophe",
                        "id": "239",
                        "last_name": "Chauzy"
                    },
                    {
                        "fist_name": "Tom",
                        "id": "439",
                        "last_name": "Tirabosco"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 18:30:00",
                "date_start": "2019-05-04 17:45:00",
                "description": "De la cam\u00e9ra au crayon est une rencontre entre deux auteurs de bande dessin\u00e9e autour de leurs influences cin\u00e9matographiques.",
                "id_seance": "444",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "De la cam\u00e9ra au crayon"
            },
            {
                "authors": [
                    {
                        "fist_name": "Am\u00e9lie",
                        "id": "309",
                        "last_name": "Fl\u00e9chais"
                    },
                    {
                        "fist_name": "Jonathan",
                        "id": "310",
                        "last_name": "Garnier"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-05 10:45:00",
                "date_start": "2019-05-05 10:15:00",
                "description": "",
                "id_seance": "507",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "La sc\u00e8ne BD",
                "title": "Autour de Tch\u00f4"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-05 12:30:00",
                "date_start": "2019-05-05 11:45:00",
                "description": "Dominique Bordes est l'\u00e9diteur fran\u00e7ais du Fauve d'or d'Angoul\u00eame 2019, Moi, ce que j'aime c'est les Monstres de l'autrice am\u00e9ricaine Emil Ferris. Il nous racontera cette oeuvre embl\u00e9matique !",
                "id_seance": "442",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Dominique",
                        "id": "551",
                        "last_name": "Bordes"
                    }
                ],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Moi, ce que j'aime, c'est les Monstres vu par son \u00e9diteur"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-05 13:15:00",
                "date_start": "2019-05-05 12:45:00",
                "description": "AAAHHHH, Barcelone et ses tapas ! Ce duo incontournable sera la source d\u2019inspiration d\u2019auteurs de BD barcelonais pour une magnifique performance dessin\u00e9e qui racontera leur ville.",
                "id_seance": "496",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Tapas litt\u00e9raires"
            },
            {
                "authors": [],
                "category": "Film",
                "date_end": "2019-05-05 14:00:00",
                "date_start": "2019-05-05 13:30:00",
                "description": "Compilation des vid\u00e9os Papier/Crayon r\u00e9alis\u00e9es par le site d'infodivertissement Konbini",
                "id_seance": "306",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Compilation Papier/Craylon de Konbini"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-05 14:30:00",
                "date_start": "2019-05-05 14:00:00",
                "description": "Performance dessin\u00e9e d'un jeune auteur de BD selon le format des vid\u00e9os Papier/Crayon r\u00e9alis\u00e9es par le site d'infodivertissement Konbini",
                "id_seance": "310",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Performance dessin\u00e9e Papier/Crayon"
            },
            {
                "authors": [],
                "category": "Atelier",
                "date_end": "2019-05-05 15:15:00",
                "date_start": "2019-05-05 14:45:00",
                "description": "Les dessinateurs de presse du satirique romand Vigousse confronteront en dessins leur vision aiguis\u00e9e de l'actualit\u00e9 du jour.",
                "id_seance": "316",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Match dessin\u00e9 Vigousse"
            },
            {
                "authors": [
                    {
                        "fist_name": "Matthieu",
                        "id": "305",
                        "last_name": "Burniat"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 16:45:00",
                "date_start": "2019-05-05 16:15:00",
                "description": "Godverdomme, c\u2019est le juron wallon par excellence ! Tous les jours, des auteurs belges sont invit\u00e9s \u00e0 r\u00e9aliser une performance dessin\u00e9e sur cette expression embl\u00e9matique de leur r\u00e9gion",
                "id_seance": "502",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne BD",
                "title": "Godverdomme"
            }
        ],
        "La sc\u00e8ne bien-vivre": [
            {
                "authors": [
                    {
                        "fist_name": "C\u00e9line",
                        "id": "522",
                        "last_name": "Tadiotto"
                    }
                ],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-01 12:30:00",
                "date_start": "2019-05-01 11:00:00",
                "description": "",
                "id_seance": "532",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "D\u00e9dicaces"
            },
            {
                "authors": [
                    {
                        "fist_name": "Fabrice",
                        "id": "477",
                        "last_name": "Midal"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 12:30:00",
                "date_start": "2019-05-01 11:30:00",
                "description": "",
                "id_seance": "462",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "M\u00e9ditation??????"
            },
            {
                "authors": [
                    {
                        "fist_name": "Michel",
                        "id": "521",
                        "last_name": "Golay"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 14:00:00",
                "date_start": "2019-05-01 13:00:00",
                "description": "Comment pr\u00e9server notre sant\u00e9? Le Dr Michel Golay a d\u00e9velopp\u00e9 une m\u00e9thode visant \u00e0 entretenir notre syst\u00e8me int\u00e9rieur, notamment la relation entre le cerveau reptilien et le cerveau intestinal.",
                "id_seance": "404",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "Construire sa sant\u00e9"
            },
            {
                "authors": [
                    {
                        "fist_name": "C\u00e9line",
                        "id": "522",
                        "last_name": "Tadiotto"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 15:15:00",
                "date_start": "2019-05-01 14:15:00",
                "description": "Que de non-dits dans les famille! Que de probl\u00e8mes transmis g\u00e9n\u00e9rations apr\u00e8s g\u00e9n\u00e9rations! C\u00e9line Tadiotto a con\u00e7u une m\u00e9thode en 21 \u00e9tapes pour se lib\u00e9rer des r\u00e9p\u00e9tition transg\u00e9n\u00e9rationnelles.",
                "id_seance": "405",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "Arr\u00eater de subir son pass\u00e9"
            },
            {
                "authors": [
                    {
                        "fist_name": "Pascal",
                        "id": "523",
                        "last_name": "Roman"
                    }
                ],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-01 15:30:00",
                "date_start": "2019-05-01 14:30:00",
                "description": "",
                "id_seance": "535",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "D\u00e9dicaces"
            },
            {
                "authors": [
                    {
                        "fist_name": "Pierre-Andr\u00e9",
                        "id": "517",
                        "last_name": "Michaud"
                    },
                    {
                        "fist_name": "Pascal",
                        "id": "523",
                        "last_name": "Roman"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 16:30:00",
                "date_start": "2019-05-01 15:30:00",
                "description": "Que faire face \u00e0 des ados qui abusent d\u2019internet, fument, se saoulent ou se nourrissent mal? Les probl\u00e9matiques qui touche les adolescents sont nombreuses, D\u00e9cryptage et conseils de deux sp\u00e9cialistes.",
                "id_seance": "407",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "Les probl\u00e8mes de l'adolescence"
            },
            {
                "authors": [
                    {
                        "fist_name": "Denis",
                        "id": "524",
                        "last_name": "Inkei"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 18:00:00",
                "date_start": "2019-05-01 17:00:00",
                "description": "Pour apaisez votre mental et retrouver la paix int\u00e9rieure. Une m\u00e9thode rapide et extr\u00eamment facile permet de changer vos habitudes de pens\u00e9es et stopper les pens\u00e9es n\u00e9gatives. \u00c7a vous tente?",
                "id_seance": "406",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Corinne Bloch"
                ],
                "public": "adulte",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "Moins ruminer pour aller mieux"
            },
            {
                "authors": [
                    {
                        "fist_name": "Florence",
                        "id": "525",
                        "last_name": "Vertanessian"
                    }
                ],
                "category": "Atelier scolaire",
                "date_end": "2019-05-02 11:00:00",
                "date_start": "2019-05-02 10:00:00",
                "description": "Au moyen d\u2019exercices simples et ludiques, Florence Vertanessian va faire d\u00e9couvrir aux \u00e9l\u00e8ves comment stimuler leur attention, retrouver le calme et profiter de leur concentration.",
                "id_seance": "408",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "scolaire",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "Je booste ma concentration"
            },
            {
                "authors": [
                    {
                        "fist_name": "Brigitte",
                        "id": "672",
                        "last_name": "Kehrer"
                    }
                ],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-02 12:00:00",
                "date_start": "2019-05-02 10:30:00",
                "description": "",
                "id_seance": "530",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "D\u00e9dicaces"
            },
            {
                "authors": [],
                "category": "Atelier scolaire",
                "date_end": "2019-05-02 13:00:00",
                "date_start": "2019-05-02 11:30:00",
                "description": "Les \u00e9l\u00e8ves vont pr\u00e9parer un pot-au-feu. Ils d\u00e9couvriront les ingr\u00e9dients de base: des produits de proximit\u00e9 et bon march\u00e9. Ils verront aussi que les restes du pot-au-feu sont r\u00e9utilisables. Miam!",
                "id_seance": "409",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "scolaire",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "Merveilleux pot-au-feu"
            },
            {
                "authors": [
                    {
                        "fist_name": "Brigitte",
                        "id": "672",
                        "last_name": "Kehrer"
                    }
                ],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-02 15:00:00",
                "date_start": "2019-05-02 13:00:00",
                "description": "",
                "id_seance": "531",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "D\u00e9dicaces"
            },
            {
                "authors": [
                    {
                        "fist_name": "Didier",
                        "id": "527",
                        "last_name": "Dvorak"
                    },
                    {
                        "fist_name": "Silke",
                        "id": "526",
                        "last_name": "Pan"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 14:30:00",
                "date_start": "2019-05-02 13:30:00",
                "description": "Trap\u00e9ziste, Silke Pan chute et devient parapl\u00e9gique. Apr\u00e8s avoir apprivois\u00e9 ses douleurs mentales et physiques, elle d\u00e9bute une carri\u00e8re sportive sur son handbike. Un t\u00e9moignage \u00e9poustouflant!",
                "id_seance": "410",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "A la conqu\u00eate de nouveaux sommets"
            },
            {
                "authors": [
                    {
                        "fist_name": "Alessandra",
                        "id": "528",
                        "last_name": "Moro Buronzo"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 15:30:00",
                "date_start": "2019-05-02 14:30:00",
                "description": "",
                "id_seance": "411",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Corinne Bloch"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "Savoir \u00e9couter les chevaux"
            },
            {
                "authors": [
                    {
                        "fist_name": "M\u00e9lanie",
                        "id": "520",
                        "last_name": "Colleaux"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-02 17:00:00",
                "date_start": "2019-05-02 16:00:00",
                "description": "Un atelier pour allier bien-\u00eatre naturel et bienfaits th\u00e9rapeutiques, utiliser les propri\u00e9t\u00e9s des huiles essentielles, r\u00e9pondre \u00e0 vos besoins personnels tout en d\u00e9veloppant votre cr\u00e9ativit\u00e9.",
                "id_seance": "412",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Corinne Bloch"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "Cr\u00e9er ses propres cosm\u00e9tiques"
            },
            {
                "authors": [],
                "category": "Atelier",
                "date_end": "2019-05-02 18:30:00",
                "date_start": "2019-05-02 17:30:00",
                "description": "Une conf\u00e9rence de Cyril L\u00e9ger, qui a d\u00e9velopp\u00e9 une technique de m\u00e9ditation simple et cr\u00e9ative permettant \u00e0 chacun de faire l\u2019apprentissage du d\u00e9veloppement interpersonnel en entreprise.",
                "id_seance": "413",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Cyril",
                        "id": "529",
                        "last_name": "L\u00e9ger"
                    }
                ],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "M\u00e9diter en entreprise"
            },
            {
                "authors": [],
                "category": "Atelier scolaire",
                "date_end": "2019-05-03 11:15:00",
                "date_start": "2019-05-03 10:00:00",
                "description": "St\u00e9phanie Vuadens va dialoguer avec les \u00e9l\u00e8ves pour leur faire comprendre quel aliment est le miel et comment il se produit. Elle leur parlera \u00e9galement des abeilles et animera une d\u00e9gustation. ",
                "id_seance": "414",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "St\u00e9phanie",
                        "id": "530",
                        "last_name": "Vuadens"
                    }
                ],
                "moderator": [],
                "public": "scolaire",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "Tous les secrets du miel"
            },
            {
                "authors": [
                    {
                        "fist_name": "Sylvia",
                        "id": "531",
                        "last_name": "Gabet"
                    }
                ],
                "category": "Atelier scolaire",
                "date_end": "2019-05-03 13:00:00",
                "date_start": "2019-05-03 11:30:00",
                "description": "Tandis qu'une partie des \u00e9l\u00e8ves r\u00e9aliseront une tortilla aux courgettes et aux chips, leurs camarades prendront des photos et apprendront \u00e0 r\u00e9aliser une petite brochure expliquant la recette.",
                "id_seance": "415",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Corinne Bloch"
                ],
                "public": "scolaire",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "Une tortilla explosive et en couleurs!"
            },
            {
                "authors": [
                    {
                        "fist_name": "Claude",
                        "id": "515",
                        "last_name": "Baudoin"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 15:00:00",
                "date_start": "2019-05-03 14:00:00",
                "description": "Les animaux adaptent leur comportements au fil de leur \u00e9volution. Quel est leur savoir, quelles sont leurs \u00e9motions. Trouvez des r\u00e9ponses \u00e0 ces questions avec Claude Baudoin. ",
                "id_seance": "416",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Corinne Bloch"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "A quoi pensent les animaux?"
            },
            {
                "authors": [
                    {
                        "fist_name": "Philippe",
                        "id": "382",
                        "last_name": "Roch"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 16:15:00",
                "date_start": "2019-05-03 15:15:00",
                "description": "Une spiritualit\u00e9 qui tient compte \u00e0 la fois de l'\u00eatre unique que nous sommes et de l'immense famille \u00e9cologique qui nous accueille sur cette Terre. Pour retrouver le divin en nous et dans la nature.",
                "id_seance": "417",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Patrick Morier-Genoud"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "Spiritualit\u00e9 au coeur de la nature"
            },
            {
                "authors": [
                    {
                        "fist_name": "Genevi\u00e8ve",
                        "id": "532",
                        "last_name": "Krebs"
                    }
                ],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-03 16:15:00",
                "date_start": "2019-05-03 15:15:00",
                "description": "",
                "id_seance": "536",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "D\u00e9dicaces"
            },
            {
                "authors": [
                    {
                        "fist_name": "Rosette",
                        "id": "481",
                        "last_name": "Poletti"
                    }
                ],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-03 17:00:00",
                "date_start": "2019-05-03 16:00:00",
                "description": "",
                "id_seance": "534",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "D\u00e9dicaces"
            },
            {
                "authors": [
                    {
                        "fist_name": "Genevi\u00e8ve",
                        "id": "532",
                        "last_name": "Krebs"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 17:15:00",
                "date_start": "2019-05-03 16:15:00",
                "description": "Quand nos relations sont toujours des souffrances, quand on ne sait plus qui est le probl\u00e8me, nous ou l'autre.... Il est peut-\u00eatre temps de se lib\u00e9rer enfin de nos sch\u00e9ma de d\u00e9pendance affective.  ",
                "id_seance": "418",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "Se lib\u00e9rer de la d\u00e9pendance affective"
            },
            {
                "authors": [
                    {
                        "fist_name": "Fr\u00e9d\u00e9rique",
                        "id": "533",
                        "last_name": "Pichard"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 18:30:00",
                "date_start": "2019-05-03 17:30:00",
                "description": "En 2004, Fr\u00e9d\u00e9rique Pichard fait la rencontre de Dony, un dauphin ambassadeur. Na\u00eet alors entre eux une relation t\u00e9l\u00e9pathique intense et fusionnelle. Un t\u00e9moignage bouleversant et incroyable!",
                "id_seance": "419",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Corinne Bloch"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "Dialogue avec un dauphin"
            },
            {
                "authors": [
                    {
                        "fist_name": "Dominique",
                        "id": "514",
                        "last_name": "Rossignol-Frank"
                    },
                    {
                        "fist_name": "C\u00e9line",
                        "id": "534",
                        "last_name": "Sommer"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 11:30:00",
                "date_start": "2019-05-04 10:30:00",
                "description": "Le monde des esprits et leurs manifestations, des ph\u00e9nom\u00e8nes \u00e0 la fois invisibles mais d\u00e9celables sur des photographies. Le monde spirituel est \u00e0 la port\u00e9e de tous. T\u00e9moignages et exp\u00e9riences.",
                "id_seance": "420",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Corinne Bloch"
                ],
                "public": "adulte",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "Mediums et esprits"
            },
            {
                "authors": [
                    {
                        "fist_name": "Genevi\u00e8ve",
                        "id": "532",
                        "last_name": "Krebs"
                    }
                ],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-04 12:00:00",
                "date_start": "2019-05-04 11:00:00",
                "description": "",
                "id_seance": "537",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "D\u00e9dicaces"
            },
            {
                "authors": [
                    {
                        "fist_name": "Walter",
                        "id": "513",
                        "last_name": "Williger"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 12:30:00",
                "date_start": "2019-05-04 11:30:00",
                "description": "Conseils d'un v\u00e9t\u00e9rinaire qui a appris \u00e0 ressentir les \u00e9nergies qui op\u00e8rent \u00e0 l\u2019int\u00e9rieur et \u00e0 l\u2019ext\u00e9rieur du corps de ses patients \u00e0 quatre pattes et utilise des nouvelles techniques de traitement.",
                "id_seance": "421",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Corinne Bloch"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "Soigner les animaux autrement"
            },
            {
                "authors": [
                    {
                        "fist_name": "Edouard",
                        "id": "535",
                        "last_name": "Jeanloz"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 14:00:00",
                "date_start": "2019-05-04 13:00:00",
                "description": "Comment obtenir un jardin sur son balcon, m\u00eame au 36e \u00e9tage? Il faut conna\u00eetre les exigences des plantes, choisir de bon contenants, soigner les plantes de fa\u00e7on naturelle. Conseils pratiques.",
                "id_seance": "422",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "Le jardin \u00e0 la conqu\u00eate des balcons"
            },
            {
                "authors": [
                    {
                        "fist_name": "Jacques",
                        "id": "482",
                        "last_name": "Salom\u00e9"
                    },
                    {
                        "fist_name": "Valeria",
                        "id": "484",
                        "last_name": "Salom\u00e9"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 15:30:00",
                "date_start": "2019-05-04 14:30:00",
                "description": "Jacques et Valerie Salom\u00e9 ont \u00e9crit ce livre ensemble, sur le th\u00e8me de la \u00absymbolisation\u00bb, v\u00e9ritable outil de communication avec soi-m\u00eame et avec les autres. Pour \u00e9voluer et \u00e0 grandir de l'int\u00e9rieur. ",
                "id_seance": "423",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Patrick Morier-Genoud"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "Evoluer et grandir de l'int\u00e9rieur"
            },
            {
                "authors": [],
                "category": null,
                "date_end": "2019-05-04 17:00:00",
                "date_start": "2019-05-04 16:00:00",
                "description": null,
                "id_seance": "424",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Julien ",
                        "id": "536",
                        "last_name": "Bammez "
                    },
                    {
                        "fist_name": "Jurg\u00ebn",
                        "id": "537",
                        "last_name": "Vogel"
                    }
                ],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "D\u00e9licieux insectes"
            },
            {
                "authors": [
                    {
                        "fist_name": "Rosette",
                        "id": "481",
                        "last_name": "Poletti"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 18:30:00",
                "date_start": "2019-05-04 17:30:00",
                "description": "On ne pr\u00e9sente plus Rosette Poletti. Dans ses derniers livres, elle propose de marcher vers la sagesse,  de prendre soins de soi en tant que proche aidant et de pratiquer le l\u00e2cher prise au quotidien.",
                "id_seance": "425",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "La sagesse avec Rosette Poletti"
            },
            {
                "authors": [
                    {
                        "fist_name": "Alexandre",
                        "id": "381",
                        "last_name": "Jollien"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 14:00:00",
                "date_start": "2019-05-05 13:00:00",
                "description": "Alexandre Jollien nous livre un v\u00e9ritable trait\u00e9 de d\u00e9culpabilisation en m\u00eame temps qu'un essai de philosophie pratique pour aller vers un lumineux art de vivre.",
                "id_seance": "426",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Patrick Morier-Genoud"
                ],
                "public": "adulte",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "L'espi\u00e8gle et sage Alexandre Jollien"
            },
            {
                "authors": [
                    {
                        "fist_name": "Olivier",
                        "id": "518",
                        "last_name": "Clerc"
                    }
                ],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-05 15:00:00",
                "date_start": "2019-05-05 13:30:00",
                "description": "",
                "id_seance": "533",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "D\u00e9dicaces"
            },
            {
                "authors": [
                    {
                        "fist_name": "Jacques",
                        "id": "482",
                        "last_name": "Salom\u00e9"
                    }
                ],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-05 14:30:00",
                "date_start": "2019-05-05 13:30:00",
                "description": "",
                "id_seance": "538",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "D\u00e9dicaces"
            },
            {
                "authors": [
                    {
                        "fist_name": "Valeria",
                        "id": "484",
                        "last_name": "Salom\u00e9"
                    }
                ],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-05 14:30:00",
                "date_start": "2019-05-05 13:30:00",
                "description": "",
                "id_seance": "539",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "D\u00e9dicaces"
            },
            {
                "authors": [
                    {
                        "fist_name": "St\u00e9phane",
                        "id": "575",
                        "last_name": "Krebs"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 15:15:00",
                "date_start": "2019-05-05 14:15:00",
                "description": "Saviez-vous que l\u2019ombre du tilleul est b\u00e9n\u00e9fique aux \u00e9pileptiques? Que certaines plantes dansent lorsqu\u2019on leur fait \u00e9couter de la musique? St\u00e9phane Krebs r\u00e9pond \u00e0 toutes vos questions sur les arbres.",
                "id_seance": "460",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "Bienfaits magiques des arbres"
            },
            {
                "authors": [
                    {
                        "fist_name": "Olivier",
                        "id": "518",
                        "last_name": "Clerc"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 16:15:00",
                "date_start": "2019-05-05 15:15:00",
                "description": "Quelles le\u00e7ons essentielles cette vie vous a-t-elle apprises, que vous souhaiteriez transmettre \u00e0 votre moi futur? Les r\u00e9ponses \u00e0 la fois personnelles et spirituelles d'Olivier Clerc. ",
                "id_seance": "461",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne bien-vivre",
                "title": "Les le\u00e7ons essentielles de la vie"
            }
        ],
        "La sc\u00e8ne des imaginaires": [
            {
                "authors": [],
                "category": "Atelier",
                "date_end": "2019-05-01 12:00:00",
                "date_start": "2019-05-01 10:30:00",
                "description": "",
                "id_seance": "96",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Activit\u00e9 Maison d'ailleurs"
            },
            {
                "authors": [
                    {
                        "fist_name": "Paul",
                        "id": "555",
                        "last_name": "Beorn"
                    },
                    {
                        "fist_name": "Sil\u00e8ne",
                        "id": "556",
                        "last_name": "Edgar"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 14:00:00",
                "date_start": "2019-05-01 13:00:00",
                "description": "",
                "id_seance": "103",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Marc Atallah"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Rencontre Edgar et Beorn"
            },
            {
                "authors": [],
                "category": "Remise de prix",
                "date_end": "2019-05-01 15:00:00",
                "date_start": "2019-05-01 14:00:00",
                "description": "",
                "id_seance": "101",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Prix Lire D\u00e9lire"
            },
            {
                "authors": [
                    {
                        "fist_name": "Morgane",
                        "id": "557",
                        "last_name": "Caussarieu"
                    },
                    {
                        "fist_name": "Vincent",
                        "id": "558",
                        "last_name": "Tassy"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 16:00:00",
                "date_start": "2019-05-01 15:00:00",
                "description": "",
                "id_seance": "102",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Jessica Vonlanthen"
                ],
                "public": "jeunesse",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Table Ronde Caussarieu / Tassy"
            },
            {
                "authors": [
                    {
                        "fist_name": "Manon",
                        "id": "464",
                        "last_name": "Fargetton"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 17:00:00",
                "date_start": "2019-05-01 16:00:00",
                "description": "",
                "id_seance": "105",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Melina Marchetti"
                ],
                "public": "jeunesse",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Table Ronde Fargetton / Bertrand"
            },
            {
                "authors": [
                    {
                        "fist_name": "J\u00e9r\u00e9my",
                        "id": "295",
                        "last_name": "Fel"
                    },
                    {
                        "fist_name": "Julien",
                        "id": "560",
                        "last_name": "Hervieux"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 18:00:00",
                "date_start": "2019-05-01 17:00:00",
                "description": "",
                "id_seance": "104",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Marc Atallah"
                ],
                "public": "jeunesse",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Table Ronde Fel / Hervieux"
            },
            {
                "authors": [],
                "category": "Atelier scolaire",
                "date_end": "2019-05-02 12:00:00",
                "date_start": "2019-05-02 10:30:00",
                "description": "",
                "id_seance": "99",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Scolaire d'ailleurs"
            },
            {
                "authors": [
                    {
                        "fist_name": "",
                        "id": "422",
                        "last_name": "Eug\u00e8ne"
                    }
                ],
                "category": "Atelier scolaire",
                "date_end": "2019-05-02 13:30:00",
                "date_start": "2019-05-02 12:00:00",
                "description": "",
                "id_seance": "106",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Scolaire Eug\u00e8ne (atelier d'\u00e9criture sf)"
            },
            {
                "authors": [
                    {
                        "fist_name": "Jean-Luc",
                        "id": "561",
                        "last_name": "Le Pogam"
                    }
                ],
                "category": "Atelier scolaire",
                "date_end": "2019-05-02 14:30:00",
                "date_start": "2019-05-02 13:30:00",
                "description": "",
                "id_seance": "107",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Melina Marchetti"
                ],
                "public": "jeunesse",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Scolaire Le Pogam"
            },
            {
                "authors": [
                    {
                        "fist_name": "Paul",
                        "id": "555",
                        "last_name": "Beorn"
                    },
                    {
                        "fist_name": "Sil\u00e8ne",
                        "id": "556",
                        "last_name": "Edgar"
                    }
                ],
                "category": "Atelier scolaire",
                "date_end": "2019-05-02 15:30:00",
                "date_start": "2019-05-02 14:30:00",
                "description": "",
                "id_seance": "108",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Anne Skouvaklis"
                ],
                "public": "jeunesse",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Scolaire Edgar / Beorn"
            },
            {
                "authors": [
                    {
                        "fist_name": "Olivier",
                        "id": "563",
                        "last_name": "Sillig"
                    },
                    {
                        "fist_name": "Robert",
                        "id": "562",
                        "last_name": "Yessouroun"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 16:30:00",
                "date_start": "2019-05-02 15:30:00",
                "description": "",
                "id_seance": "149",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Anne Skouvaklis"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Table Ronde Yessouroun / Sillig"
            },
            {
                "authors": [
                    {
                        "fist_name": "Bernard",
                        "id": "564",
                        "last_name": "Fischli"
                    },
                    {
                        "fist_name": "Jean-Marc",
                        "id": "565",
                        "last_name": "Ligny"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 17:30:00",
                "date_start": "2019-05-02 16:30:00",
                "description": "",
                "id_seance": "122",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Anne Skouvaklis"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Table ronde Fischli / Ligny"
            },
            {
                "authors": [
                    {
                        "fist_name": "Laurence",
                        "id": "591",
                        "last_name": "Suhner"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 18:30:00",
                "date_start": "2019-05-02 17:30:00",
                "description": "",
                "id_seance": "512",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Mireille",
                        "id": "590",
                        "last_name": "Rivalland"
                    }
                ],
                "moderator": [
                    "Lucas Vuilleumier"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "L'atalante f\u00eate ses 30 ans"
            },
            {
                "authors": [],
                "category": "Atelier scolaire",
                "date_end": "2019-05-03 12:00:00",
                "date_start": "2019-05-03 10:30:00",
                "description": "",
                "id_seance": "100",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Scolaire d'ailleurs"
            },
            {
                "authors": [],
                "category": "Atelier scolaire",
                "date_end": "2019-05-03 13:00:00",
                "date_start": "2019-05-03 12:00:00",
                "description": "",
                "id_seance": "160",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Joana Mailler",
                    "Anne Skouvaklis",
                    "Jessica Vonlanthen"
                ],
                "public": "scolaire",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Scolaire Mondes Imaginaires Mythologie"
            },
            {
                "authors": [],
                "category": "Atelier scolaire",
                "date_end": "2019-05-03 14:00:00",
                "date_start": "2019-05-03 13:00:00",
                "description": "",
                "id_seance": "135",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Scolaire la qu\u00eate des 7 sorciers ou comment \u00e9crire un livre en classe"
            },
            {
                "authors": [
                    {
                        "fist_name": "L\u00e9o",
                        "id": "567",
                        "last_name": "Henry"
                    },
                    {
                        "fist_name": "Jean-Luc",
                        "id": "561",
                        "last_name": "Le Pogam"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 15:00:00",
                "date_start": "2019-05-03 14:00:00",
                "description": "",
                "id_seance": "109",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Melina Marchetti"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Table Ronde Henry / Le Pogam"
            },
            {
                "authors": [
                    {
                        "fist_name": "Chlo\u00e9",
                        "id": "559",
                        "last_name": "Bertrand"
                    },
                    {
                        "fist_name": "Gabriel",
                        "id": "568",
                        "last_name": "Katz"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 16:00:00",
                "date_start": "2019-05-03 15:00:00",
                "description": "",
                "id_seance": "110",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Melina Marchetti"
                ],
                "public": "jeunesse",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Table Ronde Katz / Bertrand"
            },
            {
                "authors": [
                    {
                        "fist_name": "Fran\u00e7ois",
                        "id": "570",
                        "last_name": "Burland"
                    },
                    {
                        "fist_name": "Andr\u00e9",
                        "id": "569",
                        "last_name": "Ourednik"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 17:00:00",
                "date_start": "2019-05-03 16:00:00",
                "description": "",
                "id_seance": "111",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Marc Atallah"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Table Ronde Atomik Submarine Ourednik / Burland"
            },
            {
                "authors": [
                    {
                        "fist_name": "Fran\u00e7ois",
                        "id": "571",
                        "last_name": "Bon"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-03 20:00:00",
                "date_start": "2019-05-03 17:00:00",
                "description": "",
                "id_seance": "113",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Marc Atallah"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Cthulhu Con avec Fran\u00e7ois Bon et la maison d'ailleurs"
            },
            {
                "authors": [],
                "category": "Atelier",
                "date_end": "2019-05-04 12:00:00",
                "date_start": "2019-05-04 10:30:00",
                "description": "",
                "id_seance": "97",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Activit\u00e9 Maison d'ailleurs"
            },
            {
                "authors": [
                    {
                        "fist_name": "Jacques",
                        "id": "592",
                        "last_name": "Barb\u00e9ri"
                    },
                    {
                        "fist_name": "Olivier",
                        "id": "582",
                        "last_name": "Paquet"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 13:00:00",
                "date_start": "2019-05-04 12:00:00",
                "description": "",
                "id_seance": "209",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Table Ronde Barb\u00e9ri / Paquet"
            },
            {
                "authors": [
                    {
                        "fist_name": "Alain",
                        "id": "155",
                        "last_name": "Damasio"
                    },
                    {
                        "fist_name": "Claude",
                        "id": "211",
                        "last_name": "De Ribaupierre (Dit Derib)"
                    },
                    {
                        "fist_name": "Martin",
                        "id": "212",
                        "last_name": "Fournier"
                    },
                    {
                        "fist_name": "Pierre",
                        "id": "362",
                        "last_name": "Pevel"
                    },
                    {
                        "fist_name": "Romain",
                        "id": "188",
                        "last_name": "Puertolas"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-04 15:00:00",
                "date_start": "2019-05-04 13:00:00",
                "description": "",
                "id_seance": "115",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Gauthier",
                        "id": "335",
                        "last_name": " Van Meerbeeck"
                    },
                    {
                        "fist_name": "Marc",
                        "id": "266",
                        "last_name": "Atallah"
                    },
                    {
                        "fist_name": "Marion",
                        "id": "198",
                        "last_name": "Bareil"
                    },
                    {
                        "fist_name": "Elodie",
                        "id": "267",
                        "last_name": "Barras"
                    },
                    {
                        "fist_name": "Francine",
                        "id": "203",
                        "last_name": "Bouchet"
                    },
                    {
                        "fist_name": "Nicolas",
                        "id": "59",
                        "last_name": "Gary"
                    },
                    {
                        "fist_name": "Alexandre",
                        "id": "202",
                        "last_name": "Grandjean"
                    },
                    {
                        "fist_name": "Gilles",
                        "id": "68",
                        "last_name": "Herman"
                    },
                    {
                        "fist_name": "David",
                        "id": "201",
                        "last_name": "Javet"
                    },
                    {
                        "fist_name": "Swan",
                        "id": "200",
                        "last_name": "Keller"
                    },
                    {
                        "fist_name": "Joel",
                        "id": "199",
                        "last_name": "Lauener"
                    },
                    {
                        "fist_name": "St\u00e9phane",
                        "id": "361",
                        "last_name": "Marsan"
                    },
                    {
                        "fist_name": "M\u00e9lanie",
                        "id": "204",
                        "last_name": "Roland"
                    }
                ],
                "moderator": [
                    "Samantha Bailly"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Quand le livre devient jeux vid\u00e9o"
            },
            {
                "authors": [
                    {
                        "fist_name": "Cindy",
                        "id": "593",
                        "last_name": "Van Wilder"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 16:00:00",
                "date_start": "2019-05-04 15:00:00",
                "description": "",
                "id_seance": "117",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Melina Marchetti"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Rencontre Cindy Van Wilder"
            },
            {
                "authors": [
                    {
                        "fist_name": "Philippe",
                        "id": "594",
                        "last_name": "Curval"
                    },
                    {
                        "fist_name": "",
                        "id": "465",
                        "last_name": "Luvan"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 17:00:00",
                "date_start": "2019-05-04 16:00:00",
                "description": "",
                "id_seance": "118",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Table ronde Curval / Luvan"
            },
            {
                "authors": [
                    {
                        "fist_name": "Alain",
                        "id": "155",
                        "last_name": "Damasio"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 18:00:00",
                "date_start": "2019-05-04 17:00:00",
                "description": "",
                "id_seance": "119",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Marc Atallah"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Rencontre Alain Damasio"
            },
            {
                "authors": [
                    {
                        "fist_name": "Gabriel",
                        "id": "568",
                        "last_name": "Katz"
                    },
                    {
                        "fist_name": "Stefan",
                        "id": "595",
                        "last_name": "Platteau"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 19:00:00",
                "date_start": "2019-05-04 18:00:00",
                "description": "",
                "id_seance": "120",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Melina Marchetti"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Table Ronde Katz / Platteau"
            },
            {
                "authors": [],
                "category": "Atelier",
                "date_end": "2019-05-05 12:00:00",
                "date_start": "2019-05-05 10:30:00",
                "description": "",
                "id_seance": "98",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Activit\u00e9 Maison d'ailleurs"
            },
            {
                "authors": [
                    {
                        "fist_name": "Jean-Laurent",
                        "id": "605",
                        "last_name": "Del Soccoro"
                    },
                    {
                        "fist_name": "Pierre",
                        "id": "362",
                        "last_name": "Pevel"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 13:00:00",
                "date_start": "2019-05-05 12:00:00",
                "description": "",
                "id_seance": "123",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Melina Marchetti"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Table Ronde Del Soccoro / Pevel"
            },
            {
                "authors": [
                    {
                        "fist_name": "Laurent",
                        "id": "609",
                        "last_name": "Kloetzer"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 14:00:00",
                "date_start": "2019-05-05 13:00:00",
                "description": "",
                "id_seance": "121",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Melina Marchetti"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Rencontre Laurent Kloetzer"
            },
            {
                "authors": [
                    {
                        "fist_name": "Didier",
                        "id": "608",
                        "last_name": "Graffet"
                    },
                    {
                        "fist_name": "Fran\u00e7ois",
                        "id": "610",
                        "last_name": "Rouiller"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 15:00:00",
                "date_start": "2019-05-05 14:00:00",
                "description": "",
                "id_seance": "196",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Marc Atallah"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Table Ronde Illustration Graffet / Rouiller"
            },
            {
                "authors": [
                    {
                        "fist_name": "John",
                        "id": "611",
                        "last_name": "Howe"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 16:00:00",
                "date_start": "2019-05-05 15:00:00",
                "description": "",
                "id_seance": "124",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Marc Atallah"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Rencontre John Howe"
            },
            {
                "authors": [
                    {
                        "fist_name": "Anne-Fleur",
                        "id": "603",
                        "last_name": "Multon"
                    },
                    {
                        "fist_name": "Carole",
                        "id": "602",
                        "last_name": "Tr\u00e9bor"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 17:00:00",
                "date_start": "2019-05-05 16:00:00",
                "description": "",
                "id_seance": "125",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Joana Mailler"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Table Ronde La revanche des princesses"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-05 18:00:00",
                "date_start": "2019-05-05 17:00:00",
                "description": "",
                "id_seance": "114",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Marc Atallah"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne des imaginaires",
                "title": "Table Ronde Prix de L'ailleurs"
            }
        ],
        "La sc\u00e8ne philo": [
            {
                "authors": [
                    {
                        "fist_name": "Bruno",
                        "id": "299",
                        "last_name": "Lema\u00eetre"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 14:45:00",
                "date_start": "2019-05-01 14:00:00",
                "description": "",
                "id_seance": "223",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Jacques Poget"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne philo",
                "title": "La soci\u00e9t\u00e9 \u00e0 l'\u00e9preuve des narcissiques"
            },
            {
                "authors": [
                    {
                        "fist_name": "Lorenzo",
                        "id": "364",
                        "last_name": "Tomasin"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 15:45:00",
                "date_start": "2019-05-01 15:00:00",
                "description": "",
                "id_seance": "266",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne philo",
                "title": "L'empreinte digitale: culture humaniste et technologie"
            },
            {
                "authors": [
                    {
                        "fist_name": "Amanda",
                        "id": "365",
                        "last_name": "Castillo"
                    },
                    {
                        "fist_name": "Yves",
                        "id": "367",
                        "last_name": "Emery"
                    },
                    {
                        "fist_name": "David",
                        "id": "366",
                        "last_name": "Giauque"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 16:45:00",
                "date_start": "2019-05-01 16:00:00",
                "description": "",
                "id_seance": "267",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne philo",
                "title": "Travailler au XXIe si\u00e8le: quels enjeux?"
            },
            {
                "authors": [],
                "category": "Atelier scolaire",
                "date_end": "2019-05-02 11:00:00",
                "date_start": "2019-05-02 10:00:00",
                "description": "",
                "id_seance": "455",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "scolaire",
                "scene": "La sc\u00e8ne philo",
                "title": "Prophilo"
            },
            {
                "authors": [],
                "category": "Atelier scolaire",
                "date_end": "2019-05-02 12:00:00",
                "date_start": "2019-05-02 11:00:00",
                "description": "",
                "id_seance": "456",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "scolaire",
                "scene": "La sc\u00e8ne philo",
                "title": "Prophilo"
            },
            {
                "authors": [
                    {
                        "fist_name": "Michel",
                        "id": "368",
                        "last_name": "Porret"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 14:45:00",
                "date_start": "2019-05-02 14:00:00",
                "description": "",
                "id_seance": "268",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Jacques Poget"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne philo",
                "title": "Un historien d\u00e9crypte l'actualit\u00e9"
            },
            {
                "authors": [
                    {
                        "fist_name": "Hadrien",
                        "id": "369",
                        "last_name": "Buclin"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 15:45:00",
                "date_start": "2019-05-02 15:00:00",
                "description": "",
                "id_seance": "269",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Jacques Poget"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne philo",
                "title": "Les intellectuels de gauche"
            },
            {
                "authors": [
                    {
                        "fist_name": "Guy",
                        "id": "370",
                        "last_name": "Mettan"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 16:45:00",
                "date_start": "2019-05-02 16:00:00",
                "description": "",
                "id_seance": "270",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne philo",
                "title": "L'Europe, continent \u00e0 la d\u00e9rive?"
            },
            {
                "authors": [],
                "category": "Atelier scolaire",
                "date_end": "2019-05-03 11:00:00",
                "date_start": "2019-05-03 10:00:00",
                "description": "",
                "id_seance": "457",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "scolaire",
                "scene": "La sc\u00e8ne philo",
                "title": "Prophilo"
            },
            {
                "authors": [],
                "category": "Atelier scolaire",
                "date_end": "2019-05-03 12:00:00",
                "date_start": "2019-05-03 11:00:00",
                "description": "",
                "id_seance": "458",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "scolaire",
                "scene": "La sc\u00e8ne philo",
                "title": "Prophilo"
            },
            {
                "authors": [
                    {
                        "fist_name": "Barbara",
                        "id": "371",
                        "last_name": "Polla"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 14:45:00",
                "date_start": "2019-05-03 14:00:00",
                "description": "",
                "id_seance": "271",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Catherine Pont-Humbert"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne philo",
                "title": "Les nouveaux f\u00e9minismes"
            },
            {
                "authors": [
                    {
                        "fist_name": "Souleymane Bachir",
                        "id": "142",
                        "last_name": "Diagne"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 15:45:00",
                "date_start": "2019-05-03 15:00:00",
                "description": "",
                "id_seance": "272",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Jacques Poget"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne philo",
                "title": "Colonialisme, culture, religions: o\u00f9 en est l'Afrique ?"
            },
            {
                "authors": [
                    {
                        "fist_name": "Marc",
                        "id": "372",
                        "last_name": "Bonnant"
                    },
                    {
                        "fist_name": "Emmanuel",
                        "id": "64",
                        "last_name": "Pierrat"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 16:45:00",
                "date_start": "2019-05-03 16:00:00",
                "description": "",
                "id_seance": "273",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Catherine Pont-Humbert"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne philo",
                "title": "Nouvelles morales, nouvelles censures?"
            },
            {
                "authors": [
                    {
                        "fist_name": "Laurent",
                        "id": "442",
                        "last_name": "De Sutter"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 11:45:00",
                "date_start": "2019-05-04 11:00:00",
                "description": "",
                "id_seance": "459",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Catherine Pont-Humbert"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne philo",
                "title": "Qu'est-ce que la pop'philosophie?"
            },
            {
                "authors": [
                    {
                        "fist_name": "Olivier",
                        "id": "384",
                        "last_name": "Abel"
                    },
                    {
                        "fist_name": "Jean-Fran\u00e7ois",
                        "id": "574",
                        "last_name": "Billeter"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 13:45:00",
                "date_start": "2019-05-04 13:00:00",
                "description": "",
                "id_seance": "282",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Jacques Poget"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne philo",
                "title": "Quel avenir pour l'Europe?"
            },
            {
                "authors": [
                    {
                        "fist_name": "Fabienne",
                        "id": "375",
                        "last_name": "Jacob"
                    },
                    {
                        "fist_name": "Lydie",
                        "id": "105",
                        "last_name": "Salvayre"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 14:45:00",
                "date_start": "2019-05-04 14:00:00",
                "description": "",
                "id_seance": "275",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Catherine Pont-Humbert"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne philo",
                "title": "Femmes et litt\u00e9rature"
            },
            {
                "authors": [
                    {
                        "fist_name": "Bachar",
                        "id": "363",
                        "last_name": "Alkazaz"
                    },
                    {
                        "fist_name": "C\u00e9cile",
                        "id": "376",
                        "last_name": "Hennion"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 15:45:00",
                "date_start": "2019-05-04 15:00:00",
                "description": "",
                "id_seance": "276",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Jacques Poget"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne philo",
                "title": "Syrie: t\u00e9moins du chaos"
            },
            {
                "authors": [
                    {
                        "fist_name": "Sarah",
                        "id": "176",
                        "last_name": "Chiche"
                    },
                    {
                        "fist_name": "Marielle",
                        "id": "377",
                        "last_name": "Mac\u00e9"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 16:45:00",
                "date_start": "2019-05-04 16:00:00",
                "description": "",
                "id_seance": "277",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Jacques Poget"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne philo",
                "title": "(Se) reconstruire"
            },
            {
                "authors": [
                    {
                        "fist_name": "Virginia",
                        "id": "378",
                        "last_name": "Markus"
                    },
                    {
                        "fist_name": "Philippe",
                        "id": "382",
                        "last_name": "Roch"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 17:45:00",
                "date_start": "2019-05-04 17:00:00",
                "description": "",
                "id_seance": "278",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Catherine Pont-Humbert"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne philo",
                "title": "D\u00e9sob\u00e9ir pour l'\u00e9cologie"
            },
            {
                "authors": [
                    {
                        "fist_name": "Yves",
                        "id": "379",
                        "last_name": "Oltramare"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 13:45:00",
                "date_start": "2019-05-05 13:00:00",
                "description": "",
                "id_seance": "279",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Marie-H\u00e9l\u00e8ne Miauton"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne philo",
                "title": "Tu seras rencontreur d'Homme"
            },
            {
                "authors": [
                    {
                        "fist_name": "Jean",
                        "id": "373",
                        "last_name": "Birnbaum"
                    },
                    {
                        "fist_name": "Olivier",
                        "id": "407",
                        "last_name": "Roy"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 14:45:00",
                "date_start": "2019-05-05 14:00:00",
                "description": "",
                "id_seance": "296",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Matthieu Megevand"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne philo",
                "title": "Religions: le grand retour ?"
            },
            {
                "authors": [
                    {
                        "fist_name": "Paul",
                        "id": "380",
                        "last_name": "Aries"
                    },
                    {
                        "fist_name": "Virginia",
                        "id": "378",
                        "last_name": "Markus"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 15:45:00",
                "date_start": "2019-05-05 15:00:00",
                "description": "",
                "id_seance": "280",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Catherine Pont-Humbert"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne philo",
                "title": "\u00catre ou ne pas \u00eatre v\u00e9gane: le grand d\u00e9bat"
            },
            {
                "authors": [
                    {
                        "fist_name": "Alexis",
                        "id": "108",
                        "last_name": "Jenni"
                    },
                    {
                        "fist_name": "Alexandre",
                        "id": "381",
                        "last_name": "Jollien"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 16:45:00",
                "date_start": "2019-05-05 16:00:00",
                "description": "",
                "id_seance": "281",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Jacques Poget"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne philo",
                "title": "Rencontre espi\u00e8gle"
            }
        ],
        "La sc\u00e8ne suisse": [
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 11:45:00",
                "date_start": "2019-05-01 10:00:00",
                "description": "",
                "id_seance": "329",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Max Lobe"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Aveugle, je lis !"
            },
            {
                "authors": [
                    {
                        "fist_name": "Fabio",
                        "id": "631",
                        "last_name": "Benoit"
                    },
                    {
                        "fist_name": "Jeremy",
                        "id": "632",
                        "last_name": "Ergas"
                    },
                    {
                        "fist_name": "Glassey",
                        "id": "630",
                        "last_name": "St\u00e9phanie"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 12:45:00",
                "date_start": "2019-05-01 12:00:00",
                "description": "",
                "id_seance": "521",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Lucas Vuilleumier"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Mon voisin, un criminel"
            },
            {
                "authors": [
                    {
                        "fist_name": "M\u00e9lanie",
                        "id": "417",
                        "last_name": "Chappuis"
                    },
                    {
                        "fist_name": "Nathalie",
                        "id": "623",
                        "last_name": "Pi\u00e9gay"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 13:50:00",
                "date_start": "2019-05-01 13:00:00",
                "description": "On leur attribue souvent un r\u00f4le muet dans l'histoire des Lettres. H\u00e9las! Les femmes. \r\nPourtant elles jouent un r\u00f4le des plus importants, m\u00eame dans l'ombre d'un m\u00e2le... \r\nQuels sont leurs secrets?",
                "id_seance": "330",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Zelda Chauvet"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Secrets de femmes"
            },
            {
                "authors": [
                    {
                        "fist_name": "Philippe",
                        "id": "421",
                        "last_name": "Favre"
                    },
                    {
                        "fist_name": "Henri",
                        "id": "408",
                        "last_name": "Gautschi"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 14:50:00",
                "date_start": "2019-05-01 14:00:00",
                "description": "",
                "id_seance": "331",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Sabine Dormond"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Roman historique"
            },
            {
                "authors": [
                    {
                        "fist_name": "",
                        "id": "422",
                        "last_name": "Eug\u00e8ne"
                    },
                    {
                        "fist_name": "Carine",
                        "id": "423",
                        "last_name": "Fernandez"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 15:50:00",
                "date_start": "2019-05-01 15:00:00",
                "description": "Qui mieux que Lettre Fronti\u00e8res peut mettre en lien aussi bien les auteur(e)s romand(e)s que ceux de France voisine. Cette ann\u00e9e, la parole au flamboyant Eug\u00e8ne et \u00e0 Carine Fernandez. ",
                "id_seance": "328",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Max Lobe"
                ],
                "public": null,
                "scene": "La sc\u00e8ne suisse",
                "title": "Prix Lettres Fronti\u00e8re"
            },
            {
                "authors": [
                    {
                        "fist_name": "Guy",
                        "id": "448",
                        "last_name": "Kmeta"
                    },
                    {
                        "fist_name": "Daniel",
                        "id": "424",
                        "last_name": "Rothenb\u00fchler"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 16:50:00",
                "date_start": "2019-05-01 16:00:00",
                "description": "",
                "id_seance": "332",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Lucas Vuilleumier"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Hoi! Bonjour ! Morgen! Ciao! Bun Di!"
            },
            {
                "authors": [
                    {
                        "fist_name": "Briana",
                        "id": "449",
                        "last_name": "Berg"
                    },
                    {
                        "fist_name": "Marc",
                        "id": "404",
                        "last_name": "Van Dongen"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 17:50:00",
                "date_start": "2019-05-01 17:00:00",
                "description": "",
                "id_seance": "333",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Michel",
                        "id": "457",
                        "last_name": "Tardy Dit Norbou"
                    }
                ],
                "moderator": [
                    "Maxime Maillard"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Arts & Litt\u00e9rature : Gen\u00e8ve, sage comme une image"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 18:30:00",
                "date_start": "2019-05-01 18:00:00",
                "description": "Camille Luscher nous pr\u00e9sente un ouvrage collectif autour de Carl Spitteler (1845-1924), Prix Nobel de litt\u00e9rature en 1919 pour son \u00e9pop\u00e9e versifi\u00e9e Le printemps olympien",
                "id_seance": "516",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "\u00c9quilibre Helv\u00e9tique"
            },
            {
                "authors": [
                    {
                        "fist_name": "Bastien",
                        "id": "633",
                        "last_name": "Roubaty"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 19:00:00",
                "date_start": "2019-05-01 18:30:00",
                "description": "Vous recevez une lettre de Bastien Roubaty. En couverture, un Saturne argent\u00e9. La lettre vous invite \u00e0 les rejoindre, lui et ses personnages hilarants, dans une mission cosmique tout \u00e0 fait sp\u00e9ciale.",
                "id_seance": "517",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Galaxie Roubaty"
            },
            {
                "authors": [],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-01 19:30:00",
                "date_start": "2019-05-01 19:00:00",
                "description": "Vernissage du dernier num\u00e9ro de l'\u00c9p\u00eetre. Ap\u00e9ro garantit!",
                "id_seance": "518",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "L'\u00c9p\u00eetre fait sa f\u00eate!"
            },
            {
                "authors": [
                    {
                        "fist_name": "Blaise",
                        "id": "450",
                        "last_name": "Hofmann"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 10:50:00",
                "date_start": "2019-05-02 10:00:00",
                "description": "",
                "id_seance": "335",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Les myst\u00e8res de l'eau"
            },
            {
                "authors": [
                    {
                        "fist_name": "Jean",
                        "id": "451",
                        "last_name": "Ziegler"
                    }
                ],
                "category": "Atelier scolaire",
                "date_end": "2019-05-02 11:45:00",
                "date_start": "2019-05-02 11:00:00",
                "description": "",
                "id_seance": "334",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "scolaire",
                "scene": "La sc\u00e8ne suisse",
                "title": "Le capitalisme expliqu\u00e9 aux plus jeunes"
            },
            {
                "authors": [
                    {
                        "fist_name": "Olivier",
                        "id": "388",
                        "last_name": "Chapuis"
                    },
                    {
                        "fist_name": "Julien",
                        "id": "634",
                        "last_name": "Sansonnens"
                    },
                    {
                        "fist_name": "Antoine",
                        "id": "162",
                        "last_name": "Wauters"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 12:50:00",
                "date_start": "2019-05-02 12:00:00",
                "description": "",
                "id_seance": "336",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Lucas Vuilleumier"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Aujourd'hui, La fin du monde"
            },
            {
                "authors": [
                    {
                        "fist_name": "Marie-Christine",
                        "id": "453",
                        "last_name": "Horn"
                    },
                    {
                        "fist_name": "Marie-Jos\u00e9",
                        "id": "454",
                        "last_name": "Imsand"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 13:50:00",
                "date_start": "2019-05-02 13:00:00",
                "description": "",
                "id_seance": "337",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Zelda Chauvet"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Mon p\u00e8re, un amour"
            },
            {
                "authors": [
                    {
                        "fist_name": "Olivier",
                        "id": "398",
                        "last_name": "Beetschen"
                    },
                    {
                        "fist_name": "Sylviane",
                        "id": "455",
                        "last_name": "Dupuis"
                    },
                    {
                        "fist_name": "Marina",
                        "id": "456",
                        "last_name": "Salzmann"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 14:50:00",
                "date_start": "2019-05-02 14:00:00",
                "description": "",
                "id_seance": "342",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Alain Bagnoud"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "La 5e saison d'Yves Velan"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 15:45:00",
                "date_start": "2019-05-02 15:00:00",
                "description": "",
                "id_seance": "343",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Roman des Romands (recueil de nouvelles, \"Quand j'avais 17 ans\")"
            },
            {
                "authors": [
                    {
                        "fist_name": "Jean",
                        "id": "664",
                        "last_name": "Charri\u00e8re"
                    },
                    {
                        "fist_name": "Philippe",
                        "id": "665",
                        "last_name": "Gallaz"
                    },
                    {
                        "fist_name": "Jean",
                        "id": "663",
                        "last_name": "Rime"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 16:45:00",
                "date_start": "2019-05-02 16:00:00",
                "description": "",
                "id_seance": "345",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Louise-Anne Bouchard"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Hoi! Bonjour ! Morgen! Ciao! Bun Di!"
            },
            {
                "authors": [
                    {
                        "fist_name": "Claude",
                        "id": "211",
                        "last_name": "De Ribaupierre (Dit Derib)"
                    },
                    {
                        "fist_name": "Matthieu",
                        "id": "573",
                        "last_name": "Megevand"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 17:45:00",
                "date_start": "2019-05-02 17:00:00",
                "description": "",
                "id_seance": "341",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Maxime Maillard"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Arts & Litt\u00e9rature : hommages !"
            },
            {
                "authors": [],
                "category": "Remise de prix",
                "date_end": "2019-05-02 18:50:00",
                "date_start": "2019-05-02 18:00:00",
                "description": "",
                "id_seance": "520",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Zelda Chauvet"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Remise du Prix SPG 2019"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-03 10:45:00",
                "date_start": "2019-05-03 10:00:00",
                "description": "",
                "id_seance": "347",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "La sc\u00e8ne suisse",
                "title": "Sasha et les tout petits"
            },
            {
                "authors": [],
                "category": "Atelier scolaire",
                "date_end": "2019-05-03 11:50:00",
                "date_start": "2019-05-03 11:00:00",
                "description": "",
                "id_seance": "349",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "scolaire",
                "scene": "La sc\u00e8ne suisse",
                "title": "#MeToo Ecologique"
            },
            {
                "authors": [
                    {
                        "fist_name": "Sven",
                        "id": "470",
                        "last_name": "Bodenmuller"
                    },
                    {
                        "fist_name": "Marie",
                        "id": "468",
                        "last_name": "Houriet"
                    },
                    {
                        "fist_name": "Annik",
                        "id": "469",
                        "last_name": "Mahaim"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 12:45:00",
                "date_start": "2019-05-03 12:00:00",
                "description": "",
                "id_seance": "350",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Sabine Dormond"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Un parfum d'anarchie"
            },
            {
                "authors": [
                    {
                        "fist_name": "Michel",
                        "id": "471",
                        "last_name": "Layaz"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 13:50:00",
                "date_start": "2019-05-03 13:00:00",
                "description": "",
                "id_seance": "351",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Zelda Chauvet"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Rencontres solo"
            },
            {
                "authors": [
                    {
                        "fist_name": "Charles-Philippe",
                        "id": "467",
                        "last_name": "Laperri\u00e8re"
                    },
                    {
                        "fist_name": "Peter",
                        "id": "102",
                        "last_name": "Stamm"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 14:50:00",
                "date_start": "2019-05-03 14:00:00",
                "description": "",
                "id_seance": "354",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Louise Anne Bouchard"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Toi, Tu es mon autre."
            },
            {
                "authors": [
                    {
                        "fist_name": "Carole",
                        "id": "393",
                        "last_name": "Allamand"
                    },
                    {
                        "fist_name": "Tatjana",
                        "id": "394",
                        "last_name": "Malik"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 15:45:00",
                "date_start": "2019-05-03 15:00:00",
                "description": "",
                "id_seance": "348",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Lucas Vuilleumier"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "M\u00e9tier : enqu\u00eatrice"
            },
            {
                "authors": [
                    {
                        "fist_name": "Barbara",
                        "id": "636",
                        "last_name": "Fontaine"
                    },
                    {
                        "fist_name": "Leta",
                        "id": "635",
                        "last_name": "Semadeni"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 16:45:00",
                "date_start": "2019-05-03 16:00:00",
                "description": "",
                "id_seance": "344",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Lucas Vuilleumier"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Hoi! Bonjour ! Morgen! Ciao! Bun Di!"
            },
            {
                "authors": [
                    {
                        "fist_name": "Pat",
                        "id": "637",
                        "last_name": "Genet"
                    },
                    {
                        "fist_name": "Val\u00e9rie",
                        "id": "410",
                        "last_name": "Gilliard"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 17:50:00",
                "date_start": "2019-05-03 17:00:00",
                "description": "",
                "id_seance": "353",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Julien",
                        "id": "473",
                        "last_name": "Benhamou"
                    }
                ],
                "moderator": [
                    "Catherine Pont-Humbert"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Arts & Litt\u00e9rature : La po\u00e9sie est une danse"
            },
            {
                "authors": [
                    {
                        "fist_name": "Florian",
                        "id": "472",
                        "last_name": "Eglin"
                    },
                    {
                        "fist_name": "\u00c9lodie",
                        "id": "387",
                        "last_name": "Glerum"
                    },
                    {
                        "fist_name": "Florian",
                        "id": "392",
                        "last_name": "S\u00e4gesser"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 18:50:00",
                "date_start": "2019-05-03 18:00:00",
                "description": "",
                "id_seance": "355",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Lucas Vuilleumier"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Tout n'est que violence !"
            },
            {
                "authors": [
                    {
                        "fist_name": "Paul",
                        "id": "420",
                        "last_name": "Ardenne"
                    },
                    {
                        "fist_name": "Barbara",
                        "id": "371",
                        "last_name": "Polla"
                    }
                ],
                "category": "Film",
                "date_end": "2019-05-03 19:50:00",
                "date_start": "2019-05-03 19:00:00",
                "description": "",
                "id_seance": "356",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "La sc\u00e8ne suisse",
                "title": "\u00c9ros et la censure."
            },
            {
                "authors": [
                    {
                        "fist_name": "Romain",
                        "id": "400",
                        "last_name": "Buffat"
                    },
                    {
                        "fist_name": "Simona",
                        "id": "638",
                        "last_name": "Placidi"
                    },
                    {
                        "fist_name": "Gabriella",
                        "id": "249",
                        "last_name": "Zalap\u00ec"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 10:45:00",
                "date_start": "2019-05-04 10:00:00",
                "description": "",
                "id_seance": "540",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Lucas Vuilleumier"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Primo-romancier : la famille"
            },
            {
                "authors": [
                    {
                        "fist_name": "Timba",
                        "id": "459",
                        "last_name": "Bema"
                    },
                    {
                        "fist_name": "Marianne",
                        "id": "385",
                        "last_name": "Brun"
                    },
                    {
                        "fist_name": "N\u00e9tonon No\u00ebl",
                        "id": "639",
                        "last_name": "Ndjekery"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 11:45:00",
                "date_start": "2019-05-04 11:00:00",
                "description": "",
                "id_seance": "541",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Zelda Chauvet"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Je me casse !"
            },
            {
                "authors": [
                    {
                        "fist_name": "Laurence",
                        "id": "678",
                        "last_name": "Boissier"
                    },
                    {
                        "fist_name": "Fabienne",
                        "id": "375",
                        "last_name": "Jacob"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 12:45:00",
                "date_start": "2019-05-04 12:00:00",
                "description": "",
                "id_seance": "542",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Maxime Maillard"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "La Belle et la B\u00eate !"
            },
            {
                "authors": [
                    {
                        "fist_name": "Quentin",
                        "id": "164",
                        "last_name": "Mouron"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 13:50:00",
                "date_start": "2019-05-04 13:00:00",
                "description": "",
                "id_seance": "357",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Max Lobe"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Rencontres solo"
            },
            {
                "authors": [
                    {
                        "fist_name": "Douna",
                        "id": "351",
                        "last_name": "Loup"
                    },
                    {
                        "fist_name": "Sophie",
                        "id": "389",
                        "last_name": "Meyer"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 14:45:00",
                "date_start": "2019-05-04 14:00:00",
                "description": "",
                "id_seance": "543",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Maxime Maillard"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Amours silencieuses / impossibles"
            },
            {
                "authors": [
                    {
                        "fist_name": "Didier",
                        "id": "641",
                        "last_name": "Burkhalter"
                    },
                    {
                        "fist_name": "Jean-Fran\u00e7ois",
                        "id": "642",
                        "last_name": "Haas"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 15:45:00",
                "date_start": "2019-05-04 15:00:00",
                "description": "",
                "id_seance": "544",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Max Lobe"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Fraternit\u00e9s"
            },
            {
                "authors": [
                    {
                        "fist_name": "Ursula",
                        "id": "643",
                        "last_name": "Gaillard"
                    },
                    {
                        "fist_name": "Pedro",
                        "id": "414",
                        "last_name": "Lenz"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 16:45:00",
                "date_start": "2019-05-04 16:00:00",
                "description": "",
                "id_seance": "359",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Louise-Anne Bouchard"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Hoi! Bonjour ! Morgen! Ciao! Bun Di!"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-04 17:45:00",
                "date_start": "2019-05-04 17:00:00",
                "description": "",
                "id_seance": "545",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Louise-Anne Bouchard"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Arts & Litt\u00e9rature : J'ai lu l'OSR"
            },
            {
                "authors": [
                    {
                        "fist_name": "Jos\u00e9-Flore",
                        "id": "645",
                        "last_name": "Tappy"
                    },
                    {
                        "fist_name": "Julia",
                        "id": "644",
                        "last_name": "Von Lucadou"
                    }
                ],
                "category": "Remise de prix",
                "date_end": "2019-05-04 18:45:00",
                "date_start": "2019-05-04 18:00:00",
                "description": "",
                "id_seance": "546",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Soir\u00e9e prix suisses"
            },
            {
                "authors": [
                    {
                        "fist_name": "Alexandre",
                        "id": "646",
                        "last_name": "Hmine"
                    },
                    {
                        "fist_name": "\u00c9lisa",
                        "id": "415",
                        "last_name": "Shua Dusapin"
                    }
                ],
                "category": "Remise de prix",
                "date_end": "2019-05-04 19:30:00",
                "date_start": "2019-05-04 18:45:00",
                "description": "",
                "id_seance": "547",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Soir\u00e9e prix suisses"
            },
            {
                "authors": [],
                "category": "Remise de prix",
                "date_end": "2019-05-04 20:00:00",
                "date_start": "2019-05-04 19:30:00",
                "description": "",
                "id_seance": "554",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Prix sp\u00e9cial de m\u00e9diation 2019: Centre de traduction litt\u00e9raire"
            },
            {
                "authors": [
                    {
                        "fist_name": "Joseph",
                        "id": "648",
                        "last_name": "Deiss"
                    },
                    {
                        "fist_name": "Fran\u00e7ois",
                        "id": "586",
                        "last_name": "Gar\u00e7on"
                    },
                    {
                        "fist_name": "Jacques",
                        "id": "647",
                        "last_name": "Neirynck"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 10:45:00",
                "date_start": "2019-05-05 10:00:00",
                "description": "",
                "id_seance": "548",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Maxime Maillard"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Le g\u00e9nie suisse !"
            },
            {
                "authors": [
                    {
                        "fist_name": "St\u00e9phane",
                        "id": "650",
                        "last_name": "Blok"
                    },
                    {
                        "fist_name": "Sabine",
                        "id": "649",
                        "last_name": "Carruzzo"
                    },
                    {
                        "fist_name": "Fanny",
                        "id": "651",
                        "last_name": "Dreyer"
                    },
                    {
                        "fist_name": "Daniele",
                        "id": "652",
                        "last_name": "Finzi Pasca"
                    },
                    {
                        "fist_name": "Blaise",
                        "id": "450",
                        "last_name": "Hofmann"
                    },
                    {
                        "fist_name": "Dominique",
                        "id": "653",
                        "last_name": "Vinck"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 11:45:00",
                "date_start": "2019-05-05 11:00:00",
                "description": "",
                "id_seance": "549",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "F\u00eate des vignerons"
            },
            {
                "authors": [
                    {
                        "fist_name": "Jos\u00e9phine ",
                        "id": "402",
                        "last_name": "De Weck"
                    },
                    {
                        "fist_name": "Antoine",
                        "id": "343",
                        "last_name": "Jaquier"
                    },
                    {
                        "fist_name": "Thierry",
                        "id": "654",
                        "last_name": "Raboud"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 12:45:00",
                "date_start": "2019-05-05 12:00:00",
                "description": "",
                "id_seance": "550",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Zelda Chauvet"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "\u00c9cran dystopique"
            },
            {
                "authors": [
                    {
                        "fist_name": "Daniel",
                        "id": "416",
                        "last_name": "De Roulet"
                    },
                    {
                        "fist_name": "Eric",
                        "id": "106",
                        "last_name": "Fottorino"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 13:50:00",
                "date_start": "2019-05-05 13:00:00",
                "description": "",
                "id_seance": "358",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Catherine Pont-Humbert"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Rencontres solo"
            },
            {
                "authors": [
                    {
                        "fist_name": "Sylviane",
                        "id": "656",
                        "last_name": "Chatelain"
                    },
                    {
                        "fist_name": "Silvia",
                        "id": "655",
                        "last_name": "Ricci Lempen"
                    },
                    {
                        "fist_name": "M\u00e9lanie",
                        "id": "340",
                        "last_name": "Richoz"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 14:45:00",
                "date_start": "2019-05-05 14:00:00",
                "description": "",
                "id_seance": "551",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Maxime Maillard"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Femme malgr\u00e9 moi !"
            },
            {
                "authors": [
                    {
                        "fist_name": "Dunia",
                        "id": "658",
                        "last_name": "Miralles"
                    },
                    {
                        "fist_name": "Melik\u00e9",
                        "id": "401",
                        "last_name": "Oymak"
                    },
                    {
                        "fist_name": "Chirine",
                        "id": "657",
                        "last_name": "Sheybani"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 15:45:00",
                "date_start": "2019-05-05 15:00:00",
                "description": "",
                "id_seance": "552",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Sabine Dormond"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Voix singuli\u00e8res"
            },
            {
                "authors": [
                    {
                        "fist_name": "Rapha\u00eblle",
                        "id": "660",
                        "last_name": "Lacord"
                    },
                    {
                        "fist_name": "Julia",
                        "id": "659",
                        "last_name": "Weber"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 16:45:00",
                "date_start": "2019-05-05 16:00:00",
                "description": "",
                "id_seance": "360",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Sabine Dormond"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Hoi! Bonjour ! Morgen! Ciao! Bun Di!"
            },
            {
                "authors": [
                    {
                        "fist_name": "Thierry",
                        "id": "661",
                        "last_name": "Barrigue"
                    },
                    {
                        "fist_name": "Tiffany",
                        "id": "662",
                        "last_name": "Jaquet"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 17:45:00",
                "date_start": "2019-05-05 17:00:00",
                "description": "",
                "id_seance": "553",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Sabine Dormond"
                ],
                "public": "tout public",
                "scene": "La sc\u00e8ne suisse",
                "title": "Arts & litt\u00e9rature : L'\u00e9cole des cancres"
            }
        ],
        "Le pavillon du voyage": [
            {
                "authors": [
                    {
                        "fist_name": "St\u00e9phanie",
                        "id": "153",
                        "last_name": "Bodet"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-01 14:00:00",
                "date_start": "2019-05-01 13:00:00",
                "description": "",
                "id_seance": "151",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Amandine Glevarec"
                ],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "Habiter le monde"
            },
            {
                "authors": [
                    {
                        "fist_name": "Alicia",
                        "id": "431",
                        "last_name": "Kopf"
                    },
                    {
                        "fist_name": "Gr\u00e9goire",
                        "id": "441",
                        "last_name": "Polet"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-01 15:00:00",
                "date_start": "2019-05-01 14:00:00",
                "description": "",
                "id_seance": "327",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Amandine Glevarec"
                ],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "Barcelone, inspirante, enracinante"
            },
            {
                "authors": [
                    {
                        "fist_name": "Antoine",
                        "id": "110",
                        "last_name": "Choplin"
                    },
                    {
                        "fist_name": "Isabelle",
                        "id": "576",
                        "last_name": "Mayault"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-01 16:00:00",
                "date_start": "2019-05-01 15:00:00",
                "description": "",
                "id_seance": "378",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Jacques Poget"
                ],
                "public": null,
                "scene": "Le pavillon du voyage",
                "title": "2 romanciers qui explorent le pass\u00e9 douloureux d\u2019un pays, de l\u2019Espagne au Chili"
            },
            {
                "authors": [
                    {
                        "fist_name": "Guillaume",
                        "id": "152",
                        "last_name": "N\u00e9ry"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-01 17:00:00",
                "date_start": "2019-05-01 16:00:00",
                "description": "",
                "id_seance": "38",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Charlotte Victor Lang"
                ],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "A plein souffle"
            },
            {
                "authors": [
                    {
                        "fist_name": "Jeanne",
                        "id": "337",
                        "last_name": "Mascolo De Filippis"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 18:00:00",
                "date_start": "2019-05-01 17:00:00",
                "description": "",
                "id_seance": "201",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Amandine Glevarec"
                ],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "Jeanne Mascolo - Rencontre"
            },
            {
                "authors": [
                    {
                        "fist_name": "G\u00e9rard",
                        "id": "428",
                        "last_name": "Guerrier"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 14:00:00",
                "date_start": "2019-05-02 13:00:00",
                "description": "",
                "id_seance": "293",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "Gerard Guerrier"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 15:00:00",
                "date_start": "2019-05-02 14:00:00",
                "description": "",
                "id_seance": "48",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "BD Barcelone"
            },
            {
                "authors": [
                    {
                        "fist_name": "Georges",
                        "id": "159",
                        "last_name": "Nivat"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-02 16:00:00",
                "date_start": "2019-05-02 15:00:00",
                "description": "",
                "id_seance": "44",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Vincent St\u00f6cklin"
                ],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "Georges Nivat"
            },
            {
                "authors": [
                    {
                        "fist_name": "Val\u00e9rie",
                        "id": "101",
                        "last_name": "Manteau"
                    },
                    {
                        "fist_name": "Lydie",
                        "id": "105",
                        "last_name": "Salvayre"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-02 17:00:00",
                "date_start": "2019-05-02 16:00:00",
                "description": "",
                "id_seance": "42",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Jacques Poget"
                ],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "L\u2019invit\u00e9e de la pr\u00e9sidente : Manteau rencontre Salvayre... Errance stambouliote"
            },
            {
                "authors": [
                    {
                        "fist_name": "Marc",
                        "id": "350",
                        "last_name": "Alaux"
                    },
                    {
                        "fist_name": "Sarah",
                        "id": "433",
                        "last_name": "Gysler"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-03 14:00:00",
                "date_start": "2019-05-03 13:00:00",
                "description": "",
                "id_seance": "257",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Pascal Schouwey"
                ],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "L\u2019aventure c\u2019est l\u2019aventure"
            },
            {
                "authors": [
                    {
                        "fist_name": "Aro ",
                        "id": "103",
                        "last_name": "Sainz De La Maza"
                    },
                    {
                        "fist_name": "Lydie",
                        "id": "105",
                        "last_name": "Salvayre"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 15:00:00",
                "date_start": "2019-05-03 14:00:00",
                "description": "",
                "id_seance": "49",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "Inspiration barcelonaise"
            },
            {
                "authors": [
                    {
                        "fist_name": "Seh",
                        "id": "354",
                        "last_name": "Lyn"
                    },
                    {
                        "fist_name": "Jihyun",
                        "id": "353",
                        "last_name": "Park"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-03 16:00:00",
                "date_start": "2019-05-03 15:00:00",
                "description": "",
                "id_seance": "262",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Charlotte Victor Lang"
                ],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "Deux cor\u00e9ennes"
            },
            {
                "authors": [
                    {
                        "fist_name": "Yves",
                        "id": "458",
                        "last_name": "Ballu"
                    },
                    {
                        "fist_name": "C\u00e9dric",
                        "id": "223",
                        "last_name": "Sapin-Defour"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-03 17:00:00",
                "date_start": "2019-05-03 16:00:00",
                "description": "",
                "id_seance": "63",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Charlotte Victor Lang"
                ],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "L\u00e0-haut sur la montagne"
            },
            {
                "authors": [],
                "category": "Atelier",
                "date_end": "2019-05-03 19:30:00",
                "date_start": "2019-05-03 18:00:00",
                "description": "",
                "id_seance": "67",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Pascal Schouwey"
                ],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "La biblioth\u00e8que de Dimitri"
            },
            {
                "authors": [
                    {
                        "fist_name": "Yan",
                        "id": "300",
                        "last_name": "Morvan"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-04 13:00:00",
                "date_start": "2019-05-04 12:00:00",
                "description": "",
                "id_seance": "216",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Vincent St\u00f6cklin"
                ],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "Yan Morvan"
            },
            {
                "authors": [
                    {
                        "fist_name": "David",
                        "id": "251",
                        "last_name": "Chariandy"
                    },
                    {
                        "fist_name": "Insa",
                        "id": "160",
                        "last_name": "Sane"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 14:00:00",
                "date_start": "2019-05-04 13:00:00",
                "description": "",
                "id_seance": "153",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Patrick Morier-Genoud"
                ],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "Fr\u00e8res de banlieues"
            },
            {
                "authors": [
                    {
                        "fist_name": "Pierre",
                        "id": "157",
                        "last_name": "Ducrozet"
                    },
                    {
                        "fist_name": "Mathias",
                        "id": "158",
                        "last_name": "Enard"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-04 15:00:00",
                "date_start": "2019-05-04 14:00:00",
                "description": "",
                "id_seance": "55",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Jacques Poget"
                ],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "Barcelone mon Amour"
            },
            {
                "authors": [
                    {
                        "fist_name": "Sarah",
                        "id": "227",
                        "last_name": "Marquis"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 16:00:00",
                "date_start": "2019-05-04 15:00:00",
                "description": "",
                "id_seance": "75",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Patrick Morier-Genoud"
                ],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "Sarah Marquis"
            },
            {
                "authors": [
                    {
                        "fist_name": "Emmanuelle",
                        "id": "445",
                        "last_name": "Pirotte"
                    },
                    {
                        "fist_name": "Olivier",
                        "id": "293",
                        "last_name": "Truc"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 17:00:00",
                "date_start": "2019-05-04 16:00:00",
                "description": "",
                "id_seance": "203",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "In\u00e8s De La Motte Saint Pierre"
                ],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "Le voyage avec un grand H"
            },
            {
                "authors": [
                    {
                        "fist_name": "Eric",
                        "id": "106",
                        "last_name": "Fottorino"
                    },
                    {
                        "fist_name": "Jean-Christophe",
                        "id": "141",
                        "last_name": "Rufin"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-04 18:00:00",
                "date_start": "2019-05-04 17:00:00",
                "description": "",
                "id_seance": "69",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Pascal Schouwey"
                ],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "Le voyage selon Rufin"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-05 13:00:00",
                "date_start": "2019-05-05 12:00:00",
                "description": "",
                "id_seance": "251",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "vaut le voyage ?"
            },
            {
                "authors": [
                    {
                        "fist_name": "Fran\u00e7ois",
                        "id": "578",
                        "last_name": "Brenckmann"
                    },
                    {
                        "fist_name": "Jean-Marie",
                        "id": "577",
                        "last_name": "Hullot"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 14:00:00",
                "date_start": "2019-05-05 13:00:00",
                "description": "",
                "id_seance": "152",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "Tigre vanill\u00e9"
            },
            {
                "authors": [
                    {
                        "fist_name": "Mathias",
                        "id": "158",
                        "last_name": "Enard"
                    },
                    {
                        "fist_name": "Juan",
                        "id": "116",
                        "last_name": "Trejo"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-05 15:00:00",
                "date_start": "2019-05-05 14:00:00",
                "description": "",
                "id_seance": "54",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "Complicit\u00e9 catalane"
            },
            {
                "authors": [
                    {
                        "fist_name": "Mathieu",
                        "id": "99",
                        "last_name": "David"
                    },
                    {
                        "fist_name": "Victor",
                        "id": "100",
                        "last_name": "Del Arbol"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-05 16:00:00",
                "date_start": "2019-05-05 15:00:00",
                "description": "",
                "id_seance": "207",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Amandine Glevarec"
                ],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "Barcelone enchanteresse"
            },
            {
                "authors": [],
                "category": null,
                "date_end": "2019-05-05 18:00:00",
                "date_start": "2019-05-05 17:00:00",
                "description": null,
                "id_seance": "490",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le pavillon du voyage",
                "title": "concert m\u00e9diation de guitare : les compositeurs catalans"
            }
        ],
        "Le salon africain": [
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 10:45:00",
                "date_start": "2019-05-01 10:00:00",
                "description": "",
                "id_seance": "154",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "jeunesse",
                "scene": "Le salon africain",
                "title": "Animation Couleur Caf\u00e9"
            },
            {
                "authors": [
                    {
                        "fist_name": "Souleymane Bachir",
                        "id": "142",
                        "last_name": "Diagne"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 11:45:00",
                "date_start": "2019-05-01 11:00:00",
                "description": "Le philosophe s\u00e9n\u00e9galais Souleymane Bachir Diagne se pr\u00eate au jeu des questions avec les \u00e9tudiants des \"african studies\" de l'Universit\u00e9 de Lausanne",
                "id_seance": "92",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "Le salon africain",
                "title": "Souleymane Bachir Diagne face aux \u00e9tudiants"
            },
            {
                "authors": [
                    {
                        "fist_name": "Nd\u00e8ye Fatou ",
                        "id": "232",
                        "last_name": "Kane"
                    },
                    {
                        "fist_name": "Benaouda",
                        "id": "148",
                        "last_name": "Lebdai"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 12:45:00",
                "date_start": "2019-05-01 12:00:00",
                "description": "",
                "id_seance": "83",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Boniface Mongo-Mboussa"
                ],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Femmes puissantes"
            },
            {
                "authors": [
                    {
                        "fist_name": "Felwine",
                        "id": "150",
                        "last_name": "Sarr"
                    },
                    {
                        "fist_name": "B\u00e9n\u00e9dicte",
                        "id": "151",
                        "last_name": "Savoy"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 13:45:00",
                "date_start": "2019-05-01 13:00:00",
                "description": "Rencontre avec les deux auteurs d'un rapport explosif, celui sur la restitution du patrimoine culturel africain en la possession de la France. ",
                "id_seance": "94",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Restituer le patrimoine africain"
            },
            {
                "authors": [
                    {
                        "fist_name": "Didier",
                        "id": "173",
                        "last_name": "Kassa\u00ef"
                    },
                    {
                        "fist_name": "Roger N'guessan",
                        "id": "231",
                        "last_name": "Koffi"
                    },
                    {
                        "fist_name": "Alain",
                        "id": "234",
                        "last_name": "Mata Mamengi"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 14:45:00",
                "date_start": "2019-05-01 14:00:00",
                "description": "Zoom sur l'actualit\u00e9 BD africaine avec trois auteurs, qui nous emm\u00e8nent de l'\u00e9pop\u00e9e Zoulou au c\u0153ur des villes africaines d'aujourd'hui.",
                "id_seance": "136",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "BD africaine"
            },
            {
                "authors": [
                    {
                        "fist_name": "Gr\u00e9goire",
                        "id": "143",
                        "last_name": "Fauconnier"
                    },
                    {
                        "fist_name": "Na\u00efl",
                        "id": "111",
                        "last_name": "Ver-Ndoye"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 15:45:00",
                "date_start": "2019-05-01 15:00:00",
                "description": "Le Noir dans la peinture",
                "id_seance": "95",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Boniface Mongo-Mboussa"
                ],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Peintures noires"
            },
            {
                "authors": [
                    {
                        "fist_name": "Souleymane Bachir",
                        "id": "142",
                        "last_name": "Diagne"
                    },
                    {
                        "fist_name": "Boualem",
                        "id": "109",
                        "last_name": "Sansal"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 16:45:00",
                "date_start": "2019-05-01 16:00:00",
                "description": "",
                "id_seance": "80",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "Le salon africain",
                "title": "En qu\u00eate d'Islam"
            },
            {
                "authors": [
                    {
                        "fist_name": "Maryse",
                        "id": "444",
                        "last_name": "Cond\u00e9"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 18:00:00",
                "date_start": "2019-05-01 17:00:00",
                "description": "L'immense \u00e9crivaine Maryse Cond\u00e9 vient de recevoir le prix Nobel alternatif pour l'ensemble de son oeuvre. Elle nous fait l'honneur de revenir sur son parcours pendant une heure.",
                "id_seance": "324",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Une heure avec Maryse Cond\u00e9"
            },
            {
                "authors": [
                    {
                        "fist_name": "Roger N'guessan",
                        "id": "231",
                        "last_name": "Koffi"
                    },
                    {
                        "fist_name": "Inocent",
                        "id": "296",
                        "last_name": "Sa Magest\u00e9 Nayang Toukam "
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 18:45:00",
                "date_start": "2019-05-01 18:00:00",
                "description": "Une Afrique entre l\u00e9gende et h\u00e9ritage : celle le Chaka, h\u00e9ro d'une des plus grandes \u00e9pop\u00e9es du continent, et celle d'Inocent Nayang Toukan, h\u00e9ritier d'un royaume bantu.",
                "id_seance": "211",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Royaume d'Afrique"
            },
            {
                "authors": [],
                "category": "Atelier scolaire",
                "date_end": "2019-05-02 10:45:00",
                "date_start": "2019-05-02 10:00:00",
                "description": "",
                "id_seance": "155",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "scolaire",
                "scene": "Le salon africain",
                "title": "Contes africains"
            },
            {
                "authors": [
                    {
                        "fist_name": "Didier",
                        "id": "173",
                        "last_name": "Kassa\u00ef"
                    },
                    {
                        "fist_name": "Roger N'guessan",
                        "id": "231",
                        "last_name": "Koffi"
                    }
                ],
                "category": "Atelier scolaire",
                "date_end": "2019-05-02 11:45:00",
                "date_start": "2019-05-02 11:00:00",
                "description": "",
                "id_seance": "89",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "scolaire",
                "scene": "Le salon africain",
                "title": "Cr\u00e9e ton h\u00e9ro africain"
            },
            {
                "authors": [
                    {
                        "fist_name": "Roland",
                        "id": "228",
                        "last_name": "Colin"
                    },
                    {
                        "fist_name": "Henri",
                        "id": "149",
                        "last_name": "Lopes"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 12:45:00",
                "date_start": "2019-05-02 12:00:00",
                "description": "",
                "id_seance": "77",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Chercheurs d'Afriques"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 13:45:00",
                "date_start": "2019-05-02 13:00:00",
                "description": "Le Salon africain rend hommage aux Editions Pr\u00e9sence africaine \u00e0 l'accasion de leurs 70 ans.\r\n",
                "id_seance": "139",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "70 ans de Pr\u00e9sence africaine"
            },
            {
                "authors": [
                    {
                        "fist_name": "",
                        "id": "107",
                        "last_name": "Beyrouk"
                    },
                    {
                        "fist_name": "Boualem",
                        "id": "109",
                        "last_name": "Sansal"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 14:45:00",
                "date_start": "2019-05-02 14:00:00",
                "description": "",
                "id_seance": "91",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "Le salon africain",
                "title": "R\u00e9alit\u00e9s et fictions"
            },
            {
                "authors": [
                    {
                        "fist_name": "Abubakar ",
                        "id": "230",
                        "last_name": "Adam Ibrahim"
                    },
                    {
                        "fist_name": "David",
                        "id": "251",
                        "last_name": "Chariandy"
                    },
                    {
                        "fist_name": "Yewande",
                        "id": "245",
                        "last_name": "Omotoso"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 15:45:00",
                "date_start": "2019-05-02 15:00:00",
                "description": "Leurs livres sont traduits en fran\u00e7ais mais c'est en anglais qu'ils viennent nous en parler, pour une table ronde exceptionnellement sans sous-titres.",
                "id_seance": "140",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "En anglais dans le texte"
            },
            {
                "authors": [
                    {
                        "fist_name": "Colette",
                        "id": "596",
                        "last_name": "Braeckman"
                    },
                    {
                        "fist_name": "Henri",
                        "id": "149",
                        "last_name": "Lopes"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 16:45:00",
                "date_start": "2019-05-02 16:00:00",
                "description": "",
                "id_seance": "87",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Les Congos des deux rives"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 17:45:00",
                "date_start": "2019-05-02 17:00:00",
                "description": "\"Le jour o\u00f9 a explos\u00e9 Mabata Bata\", la nouvelle de l'auteur mozambicain Mia Couto vient d'\u00eatre adapt\u00e9e au cin\u00e9ma par Sol De Carvalho. Ensemble, ils nous racontent l'aventure qu'a \u00e9t\u00e9 cette adaptation.",
                "id_seance": "380",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Teemour ",
                        "id": "667",
                        "last_name": "Diop Mambety"
                    }
                ],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "De la nouvelle \u00e0 l'image"
            },
            {
                "authors": [
                    {
                        "fist_name": "Abubakar ",
                        "id": "230",
                        "last_name": "Adam Ibrahim"
                    },
                    {
                        "fist_name": "Timba",
                        "id": "459",
                        "last_name": "Bema"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 18:45:00",
                "date_start": "2019-05-02 18:00:00",
                "description": "",
                "id_seance": "339",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Lectures po\u00e9tiques en fran\u00e7ais et anglais"
            },
            {
                "authors": [
                    {
                        "fist_name": "Didier",
                        "id": "173",
                        "last_name": "Kassa\u00ef"
                    },
                    {
                        "fist_name": "Alain",
                        "id": "234",
                        "last_name": "Mata Mamengi"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-03 10:45:00",
                "date_start": "2019-05-03 10:00:00",
                "description": "Deux auteurs de BD africaine face aux \u00e9l\u00e8ves genevois pour dessiner une Afrique r\u00eav\u00e9e ou fantasm\u00e9e.",
                "id_seance": "137",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "scolaire",
                "scene": "Le salon africain",
                "title": "Cr\u00e9e ton h\u00e9ro africain d'aujourd'hui"
            },
            {
                "authors": [
                    {
                        "fist_name": "Benaouda",
                        "id": "148",
                        "last_name": "Lebdai"
                    },
                    {
                        "fist_name": "Yewande",
                        "id": "245",
                        "last_name": "Omotoso"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 11:45:00",
                "date_start": "2019-05-03 11:00:00",
                "description": "",
                "id_seance": "81",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Femmes arc en ciel"
            },
            {
                "authors": [
                    {
                        "fist_name": "Clemente",
                        "id": "169",
                        "last_name": "Bicocchi"
                    },
                    {
                        "fist_name": "Moussibahou ",
                        "id": "250",
                        "last_name": "Mazou"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 12:45:00",
                "date_start": "2019-05-03 12:00:00",
                "description": "",
                "id_seance": "82",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Le Congo de Brazza"
            },
            {
                "authors": [
                    {
                        "fist_name": "Nicolas",
                        "id": "166",
                        "last_name": "Bancel"
                    },
                    {
                        "fist_name": "Gr\u00e9goire",
                        "id": "143",
                        "last_name": "Fauconnier"
                    },
                    {
                        "fist_name": "Na\u00efl",
                        "id": "111",
                        "last_name": "Ver-Ndoye"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 13:45:00",
                "date_start": "2019-05-03 13:00:00",
                "description": "",
                "id_seance": "85",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Boniface Mongo-Mboussa"
                ],
                "public": "adulte",
                "scene": "Le salon africain",
                "title": "Le corps noir \u00e0 travers les si\u00e8cles et les arts"
            },
            {
                "authors": [],
                "category": null,
                "date_end": "2019-05-03 14:45:00",
                "date_start": "2019-05-03 14:00:00",
                "description": null,
                "id_seance": "514",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Les lumi\u00e8res d'Afriques"
            },
            {
                "authors": [
                    {
                        "fist_name": "Armand",
                        "id": "146",
                        "last_name": "Gauz"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 15:45:00",
                "date_start": "2019-05-03 15:00:00",
                "description": "\u00ab Camarade Papa \u00bb, c'est le roman que les lyc\u00e9ens de Pully ont lu pour vous cette ann\u00e9e. Son auteur, Armand Gauz, r\u00e9pond \u00e0 leurs questions.",
                "id_seance": "93",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Armand Gauz lu par les lyc\u00e9ens"
            },
            {
                "authors": [
                    {
                        "fist_name": "Roland",
                        "id": "228",
                        "last_name": "Colin"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 16:45:00",
                "date_start": "2019-05-03 16:00:00",
                "description": "",
                "id_seance": "84",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "L'actualit\u00e9 du roman"
            },
            {
                "authors": [
                    {
                        "fist_name": "Mia",
                        "id": "489",
                        "last_name": "Couto"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 17:45:00",
                "date_start": "2019-05-03 17:00:00",
                "description": "\"Le jour o\u00f9 a explos\u00e9 Mabata Bata\", la nouvelle de l'auteur mozambicain Mia Couto vient d'\u00eatre adapt\u00e9e au cin\u00e9ma par Sol De Carvalho. Ensemble, ils nous racontent l'aventure qu'a \u00e9t\u00e9 cette adaptation.",
                "id_seance": "362",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Sol ",
                        "id": "490",
                        "last_name": "De Carvalho"
                    }
                ],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "De la nouvelle \u00e0 l'image"
            },
            {
                "authors": [],
                "category": "Remise de prix",
                "date_end": "2019-05-03 19:30:00",
                "date_start": "2019-05-03 18:30:00",
                "description": "Jacques Chevrier, Pr\u00e9sident du Prix Kourouma, r\u00e9v\u00e9lera le nom du laur\u00e9at 2019, en pr\u00e9sence des jurys.\r\nC\u00e9r\u00e9monie suivie d\u2019un cocktail\r\n\r\n",
                "id_seance": "90",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "Le salon africain",
                "title": "Remise du Prix Kourouma"
            },
            {
                "authors": [
                    {
                        "fist_name": "Jean",
                        "id": "165",
                        "last_name": "Bofane"
                    },
                    {
                        "fist_name": "Armand",
                        "id": "146",
                        "last_name": "Gauz"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 21:00:00",
                "date_start": "2019-05-03 20:00:00",
                "description": "",
                "id_seance": "218",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Emission \"Les Mots D\u00e9Livr\u00e9s\""
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-04 11:15:00",
                "date_start": "2019-05-04 10:30:00",
                "description": "",
                "id_seance": "524",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Le S\u00e9n\u00e9gal litt\u00e9raire"
            },
            {
                "authors": [
                    {
                        "fist_name": "Didier",
                        "id": "173",
                        "last_name": "Kassa\u00ef"
                    },
                    {
                        "fist_name": "Jean-Pierre",
                        "id": "170",
                        "last_name": "Tuquoi"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 12:15:00",
                "date_start": "2019-05-04 11:30:00",
                "description": "De l'Oubangui-Chari d'hier au Centrafrique d'aujourd'hui, \u00e0 travers le regard d'un historien et les dessins d'un b\u00e9d\u00e9iste. ",
                "id_seance": "86",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Les Centrafriques"
            },
            {
                "authors": [
                    {
                        "fist_name": "David",
                        "id": "251",
                        "last_name": "Chariandy"
                    },
                    {
                        "fist_name": "Elizabeth",
                        "id": "144",
                        "last_name": "Tchoungui"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 13:15:00",
                "date_start": "2019-05-04 12:30:00",
                "description": "Ce sont deux romans/r\u00e9cits, deux textes bouleversants qui racontent les combats que seules les m\u00e8res savent livrer quand il s'agit de sortir un fils de l'impasse. ",
                "id_seance": "130",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "M\u00e8res et fils"
            },
            {
                "authors": [
                    {
                        "fist_name": "Abd Al",
                        "id": "172",
                        "last_name": "Malik"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 14:30:00",
                "date_start": "2019-05-04 13:30:00",
                "description": "",
                "id_seance": "76",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Abd al Malik dans le texte"
            },
            {
                "authors": [
                    {
                        "fist_name": "Tania",
                        "id": "145",
                        "last_name": "De Montaigne"
                    },
                    {
                        "fist_name": "Eric",
                        "id": "106",
                        "last_name": "Fottorino"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 15:15:00",
                "date_start": "2019-05-04 14:30:00",
                "description": "O\u00f9 il sera question de la race noire, telle qu'elle est abord\u00e9e par la revue America, ou d\u00e9mont\u00e9e par la romanci\u00e8re Tania de Montaigne.",
                "id_seance": "78",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "De la Race en Am\u00e9rique et en France"
            },
            {
                "authors": [
                    {
                        "fist_name": "Nicolas",
                        "id": "166",
                        "last_name": "Bancel"
                    },
                    {
                        "fist_name": "Fran\u00e7oise",
                        "id": "168",
                        "last_name": "Verg\u00e8s"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 16:15:00",
                "date_start": "2019-05-04 15:30:00",
                "description": "",
                "id_seance": "79",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "D\u00e9colonial.e.s !"
            },
            {
                "authors": [
                    {
                        "fist_name": "Clemente",
                        "id": "169",
                        "last_name": "Bicocchi"
                    },
                    {
                        "fist_name": "Jean-Pierre",
                        "id": "170",
                        "last_name": "Tuquoi"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 17:15:00",
                "date_start": "2019-05-04 16:30:00",
                "description": "C'est \u00e0 un retour sur l'exploration de l'Afrique par les Blancs que nous invitent ces deux auteurs, pour le meilleur et pour le pire.",
                "id_seance": "126",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Boniface Mongo-Mboussa"
                ],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Retour sur l'ex-AEF"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-04 18:15:00",
                "date_start": "2019-05-04 17:30:00",
                "description": "Jean Bofane et Armand Gauz font partie de cette g\u00e9n\u00e9ration d'auteurs qui ont su s'imposer en seulement quelques livres. Deux personnalit\u00e9s \u00e0 ne pas manquer.",
                "id_seance": "127",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Les auteurs de la rentr\u00e9e litt\u00e9raire"
            },
            {
                "authors": [
                    {
                        "fist_name": "Maha",
                        "id": "298",
                        "last_name": "Abdelhamid"
                    },
                    {
                        "fist_name": "Jean",
                        "id": "165",
                        "last_name": "Bofane"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 11:15:00",
                "date_start": "2019-05-05 10:30:00",
                "description": "C'est la d\u00e9licate question de l'immigration noire au Maghreb que traitent nos deux invit\u00e9s. L'un par le biais du roman, l'autre de l'essai.",
                "id_seance": "128",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "De la race au Maghreb"
            },
            {
                "authors": [
                    {
                        "fist_name": "Armand",
                        "id": "146",
                        "last_name": "Gauz"
                    },
                    {
                        "fist_name": "Adame Ba",
                        "id": "147",
                        "last_name": "Konar\u00e9"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 12:15:00",
                "date_start": "2019-05-05 11:30:00",
                "description": "",
                "id_seance": "129",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Retour sur l'ex-AOF"
            },
            {
                "authors": [
                    {
                        "fist_name": "N\u00e9tonon No\u00ebl",
                        "id": "639",
                        "last_name": "Ndjekery"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 13:15:00",
                "date_start": "2019-05-05 12:30:00",
                "description": "",
                "id_seance": "131",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Retour en Afrique"
            },
            {
                "authors": [
                    {
                        "fist_name": "Adame Ba",
                        "id": "147",
                        "last_name": "Konar\u00e9"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 14:30:00",
                "date_start": "2019-05-05 13:30:00",
                "description": "",
                "id_seance": "88",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Noblesse d'Afrique"
            },
            {
                "authors": [
                    {
                        "fist_name": "",
                        "id": "171",
                        "last_name": "Bessora"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 15:15:00",
                "date_start": "2019-05-05 14:30:00",
                "description": "C'est la plus atypique des auteurs dites africaines. Elle vient nous parler du deuxi\u00e8me tome de sa t\u00e9tralogie: La dynastie des boiteux. O\u00f9 on d\u00e9passe largement les fronti\u00e8res de l'Afrique.",
                "id_seance": "138",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Bessora Tome 2"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-05 16:15:00",
                "date_start": "2019-05-05 15:30:00",
                "description": "L'\u00e9crivain et homme politique ivoirien Bernard Dadi\u00e9 vient de nous quitter, il avait 103 ans. Les \u00e9crivains africains rendent hommage \u00e0 ce grand Monsieur des lettres et de l'engagement.",
                "id_seance": "515",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Hommage \u00e0 Bernard Dadi\u00e9"
            },
            {
                "authors": [
                    {
                        "fist_name": "Inocent",
                        "id": "296",
                        "last_name": "Sa Magest\u00e9 Nayang Toukam "
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-05 17:30:00",
                "date_start": "2019-05-05 16:30:00",
                "description": "Le Salon africain donne comme chaque ann\u00e9e Carte blanche aux jeunes de la diaspora de Gen\u00e8ve pour qu'ils nous pr\u00e9sentent un auteur de leur choix.",
                "id_seance": "132",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon africain",
                "title": "Carte blanche \u00e0 la diaspora"
            }
        ],
        "Le salon en ville": [
            {
                "authors": [],
                "category": null,
                "date_end": "0000-00-00 22:30:00",
                "date_start": "0000-00-00 18:30:00",
                "description": null,
                "id_seance": "174",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": null,
                "scene": "Le salon en ville",
                "title": null
            },
            {
                "authors": [],
                "category": null,
                "date_end": "0000-00-00 22:30:00",
                "date_start": "0000-00-00 18:30:00",
                "description": null,
                "id_seance": "175",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": null,
                "scene": "Le salon en ville",
                "title": null
            },
            {
                "authors": [],
                "category": null,
                "date_end": "0000-00-00 22:00:00",
                "date_start": "0000-00-00 18:30:00",
                "description": null,
                "id_seance": "183",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": null,
                "scene": "Le salon en ville",
                "title": null
            },
            {
                "authors": [
                    {
                        "fist_name": "Antoine",
                        "id": "110",
                        "last_name": "Choplin"
                    }
                ],
                "category": "Atelier",
                "date_end": "0019-04-30 20:00:00",
                "date_start": "0019-04-30 18:00:00",
                "description": "",
                "id_seance": "205",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon en ville",
                "title": "L\u2019esprit fran\u00e7ais dans les murs de Voltaire"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "0019-04-30 19:00:00",
                "date_start": "0019-04-30 18:00:00",
                "description": "",
                "id_seance": "213",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon en ville",
                "title": "Lecture - Biblioth\u00e8que de la cit\u00e9"
            },
            {
                "authors": [
                    {
                        "fist_name": "Delphine",
                        "id": "297",
                        "last_name": "Coulin"
                    },
                    {
                        "fist_name": "Felwine",
                        "id": "150",
                        "last_name": "Sarr"
                    }
                ],
                "category": "Film",
                "date_end": "2019-04-30 21:00:00",
                "date_start": "2019-04-30 18:00:00",
                "description": "Venu chercher en France une vie meilleure afin d\u2019aider sa famille rest\u00e9e au S\u00e9n\u00e9gal, Samba collectionne les petits boulots depuis dix ans.",
                "id_seance": "265",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Jean-Fran\u00e7ois",
                        "id": "360",
                        "last_name": "Bayart"
                    }
                ],
                "moderator": [
                    "Alessandra Vellucci"
                ],
                "public": "tout public",
                "scene": "Le salon en ville",
                "title": "Projection du film Samba"
            },
            {
                "authors": [
                    {
                        "fist_name": "Emmanuel",
                        "id": "64",
                        "last_name": "Pierrat"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-04-30 20:00:00",
                "date_start": "2019-04-30 18:00:00",
                "description": "Conf\u00e9rence autour de la censure par Ma\u00eetre Emmanuel Pierrat, pr\u00e9sident du PEN Club France \u00e0 la Fondation Bodmer. Entr\u00e9e libre sans inscription.",
                "id_seance": "326",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon en ville",
                "title": "Conf\u00e9rence - visite autour de la censure"
            },
            {
                "authors": [
                    {
                        "fist_name": "Capucine",
                        "id": "247",
                        "last_name": "Johannin"
                    },
                    {
                        "fist_name": "Simon",
                        "id": "248",
                        "last_name": "Johannin"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-01 19:30:00",
                "date_start": "2019-05-01 18:30:00",
                "description": "",
                "id_seance": "159",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon en ville",
                "title": "Rameau d'or"
            },
            {
                "authors": [
                    {
                        "fist_name": "Metin",
                        "id": "294",
                        "last_name": "Arditi"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-02 20:00:00",
                "date_start": "2019-05-02 18:00:00",
                "description": "",
                "id_seance": "206",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Pascal Schouwey"
                ],
                "public": "tout public",
                "scene": "Le salon en ville",
                "title": "L\u2019esprit fran\u00e7ais dans les murs de Voltaire"
            },
            {
                "authors": [
                    {
                        "fist_name": "Victor",
                        "id": "100",
                        "last_name": "Del Arbol"
                    }
                ],
                "category": "D\u00e9dicaces",
                "date_end": "2019-05-02 19:30:00",
                "date_start": "2019-05-02 18:00:00",
                "description": "",
                "id_seance": "340",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": null,
                "scene": "Le salon en ville",
                "title": "Rencontre Payot rive gauche"
            },
            {
                "authors": [
                    {
                        "fist_name": "Lydie",
                        "id": "105",
                        "last_name": "Salvayre"
                    }
                ],
                "category": null,
                "date_end": "2019-05-02 22:00:00",
                "date_start": "2019-05-02 20:00:00",
                "description": null,
                "id_seance": "176",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": null,
                "scene": "Le salon en ville",
                "title": null
            },
            {
                "authors": [
                    {
                        "fist_name": "Lydie",
                        "id": "105",
                        "last_name": "Salvayre"
                    }
                ],
                "category": null,
                "date_end": "2019-05-02 22:00:00",
                "date_start": "2019-05-02 20:00:00",
                "description": null,
                "id_seance": "177",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": null,
                "scene": "Le salon en ville",
                "title": null
            },
            {
                "authors": [
                    {
                        "fist_name": "Lydie",
                        "id": "105",
                        "last_name": "Salvayre"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-02 22:00:00",
                "date_start": "2019-05-02 20:00:00",
                "description": "Repr\u00e9sentation de la pi\u00e8ce \"Pa pleurer\", d'apr\u00e8s le roman de Lydie Salvayre, Prix Goncourt 2014. Th\u00e9\u00e2tre les Salons",
                "id_seance": "184",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon en ville",
                "title": "Repr\u00e9sentation de la pi\u00e8ce \"Pa Pleurer\""
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-03 13:15:00",
                "date_start": "2019-05-03 12:15:00",
                "description": "",
                "id_seance": "214",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon en ville",
                "title": "Rencontre avec Anne Sibran"
            },
            {
                "authors": [
                    {
                        "fist_name": "Quentin",
                        "id": "164",
                        "last_name": "Mouron"
                    },
                    {
                        "fist_name": "Romain",
                        "id": "188",
                        "last_name": "Puertolas"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-03 21:00:00",
                "date_start": "2019-05-03 20:00:00",
                "description": "",
                "id_seance": "197",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon en ville",
                "title": "Rencontre Uni Bastions"
            },
            {
                "authors": [
                    {
                        "fist_name": "Alexis",
                        "id": "108",
                        "last_name": "Jenni"
                    }
                ],
                "category": "Emission",
                "date_end": "2019-05-03 22:00:00",
                "date_start": "2019-05-03 20:00:00",
                "description": "",
                "id_seance": "212",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon en ville",
                "title": "Les Mots D\u00e9Livr\u00e9s (RTS)"
            },
            {
                "authors": [
                    {
                        "fist_name": "",
                        "id": "443",
                        "last_name": "Barbara Abel"
                    }
                ],
                "category": "Film",
                "date_end": "2019-05-03 22:45:00",
                "date_start": "2019-05-03 20:45:00",
                "description": "",
                "id_seance": "322",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": null,
                "scene": "Le salon en ville",
                "title": "Film \"Duelles\""
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-04 12:00:00",
                "date_start": "2019-05-04 11:00:00",
                "description": "",
                "id_seance": "73",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon en ville",
                "title": "CGN"
            },
            {
                "authors": [
                    {
                        "fist_name": "Laurence",
                        "id": "218",
                        "last_name": "Tardieu"
                    }
                ],
                "category": "Rencontre",
                "date_end": "2019-05-04 12:00:00",
                "date_start": "2019-05-04 11:00:00",
                "description": "",
                "id_seance": "513",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": null,
                "scene": "Le salon en ville",
                "title": "Rencontre nouvelles pages"
            },
            {
                "authors": [
                    {
                        "fist_name": "M\u00e9lanie",
                        "id": "417",
                        "last_name": "Chappuis"
                    },
                    {
                        "fist_name": "Sarah",
                        "id": "176",
                        "last_name": "Chiche"
                    },
                    {
                        "fist_name": "Veronika",
                        "id": "579",
                        "last_name": "Mabardi"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-04 15:00:00",
                "date_start": "2019-05-04 14:00:00",
                "description": "",
                "id_seance": "463",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Pascal Schouwey"
                ],
                "public": null,
                "scene": "Le salon en ville",
                "title": "Caf\u00e9 Slatkine"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-05 11:00:00",
                "date_start": "2019-05-05 10:00:00",
                "description": "",
                "id_seance": "202",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "tout public",
                "scene": "Le salon en ville",
                "title": "BFM - OSR"
            },
            {
                "authors": [
                    {
                        "fist_name": "Luc",
                        "id": "229",
                        "last_name": "Debraine"
                    },
                    {
                        "fist_name": "Ga\u00eblle",
                        "id": "221",
                        "last_name": "Josse"
                    }
                ],
                "category": "Atelier",
                "date_end": "2019-05-05 12:00:00",
                "date_start": "2019-05-05 11:00:00",
                "description": "",
                "id_seance": "74",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Pascal Schouwey"
                ],
                "public": null,
                "scene": "Le salon en ville",
                "title": "L'oeil et le mot"
            }
        ],
        "Les assises de l'\u00e9dition": [
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 09:35:00",
                "date_start": "2019-05-01 09:30:00",
                "description": "Pr\u00e9sentation des Assises de l'\u00e9dition 2019",
                "id_seance": "180",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Pascal Schouwey"
                ],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Pr\u00e9sentation des Assises de l'\u00e9dition"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 09:45:00",
                "date_start": "2019-05-01 09:35:00",
                "description": "",
                "id_seance": "182",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Henri",
                        "id": "89",
                        "last_name": "Monceau"
                    }
                ],
                "moderator": [],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Ouverture des Assises de l'\u00e9dition"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 10:05:00",
                "date_start": "2019-05-01 09:45:00",
                "description": "",
                "id_seance": "181",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Jacques",
                        "id": "347",
                        "last_name": "Gl\u00e9nat"
                    }
                ],
                "moderator": [],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Discours inaugural"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 10:45:00",
                "date_start": "2019-05-01 10:15:00",
                "description": "Initi\u00e9e par l\u2019Alliance internationale des \u00e9diteurs ind\u00e9pendants, pr\u00e9sentation de l\u2019\u00e9tude \u00ab Quelle libert\u00e9 de publication pour les \u00e9diteurs ind\u00e9pendants ? \u00bb",
                "id_seance": "157",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Laurence",
                        "id": "61",
                        "last_name": "Hugues"
                    },
                    {
                        "fist_name": "Anne-Marie",
                        "id": "70",
                        "last_name": "Voisard"
                    }
                ],
                "moderator": [],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Etude : le poids de la libert\u00e9 et de l'ind\u00e9pendance"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 11:45:00",
                "date_start": "2019-05-01 10:45:00",
                "description": "Donnant suite \u00e0 la pr\u00e9sentation de l\u2019\u00e9tude, une discussion pour mieux comprendre les actions men\u00e9es pour lutter contre les nouvelles formes de barri\u00e8res pos\u00e9es \u00e0 la diffusion de l\u2019\u00e9crit.",
                "id_seance": "158",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Konar\u00e9",
                        "id": "216",
                        "last_name": "Kadiatou"
                    },
                    {
                        "fist_name": "Alexis",
                        "id": "195",
                        "last_name": "Krikorian"
                    },
                    {
                        "fist_name": "Emmanuel",
                        "id": "64",
                        "last_name": "Pierrat"
                    },
                    {
                        "fist_name": "Anne-Marie",
                        "id": "70",
                        "last_name": "Voisard"
                    }
                ],
                "moderator": [
                    "James Taylor"
                ],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "La censure: hydre prot\u00e9iforme"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 12:30:00",
                "date_start": "2019-05-01 12:00:00",
                "description": "Outil d\u2019\u00e9dition et de diffusion pour les livres num\u00e9riques et la musique, Publiseer ou l\u2019histoire de deux fr\u00e8res au succ\u00e8s stup\u00e9fiant !",
                "id_seance": "161",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Chidi",
                        "id": "71",
                        "last_name": "Nwaogu"
                    }
                ],
                "moderator": [],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "La plateforme nig\u00e9riane qui bouscule tout"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 14:30:00",
                "date_start": "2019-05-01 12:30:00",
                "description": "",
                "id_seance": "162",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Pause - d\u00e9jeuner"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 14:40:00",
                "date_start": "2019-05-01 14:30:00",
                "description": "",
                "id_seance": "163",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Alda",
                        "id": "253",
                        "last_name": "Greoli"
                    }
                ],
                "moderator": [],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Ouverture"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 16:00:00",
                "date_start": "2019-05-01 14:45:00",
                "description": "Au c\u0153ur de cette rencontre, regards crois\u00e9s d\u2019\u00e9diteurs jeunesse francophones, un secteur en croissance partout dans le monde.",
                "id_seance": "164",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Francine",
                        "id": "203",
                        "last_name": "Bouchet"
                    },
                    {
                        "fist_name": "Simon",
                        "id": "254",
                        "last_name": "Casterman"
                    },
                    {
                        "fist_name": "B\u00e9atrice",
                        "id": "255",
                        "last_name": "Lalinon Gbado"
                    }
                ],
                "moderator": [
                    "Pamela Ohene-Nyako"
                ],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Litt\u00e9rature jeunesse: un lien entre les cultures"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 16:35:00",
                "date_start": "2019-05-01 16:15:00",
                "description": "La formation des journalistes essayistes au Maroc, par les \u00e9ditions En toutes lettres",
                "id_seance": "165",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Kenza",
                        "id": "65",
                        "last_name": "Sefrioui"
                    }
                ],
                "moderator": [],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Projets innovants: Openchabab"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 16:55:00",
                "date_start": "2019-05-01 16:35:00",
                "description": "La plateforme francophone de cession de droits en ligne.",
                "id_seance": "166",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Corentin",
                        "id": "67",
                        "last_name": "Emery"
                    },
                    {
                        "fist_name": "Rosine",
                        "id": "66",
                        "last_name": "Zadi"
                    }
                ],
                "moderator": [],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Projets innovants: La Kora"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 17:15:00",
                "date_start": "2019-05-01 16:55:00",
                "description": "L\u2019enjeu de la d\u00e9couvrabilit\u00e9 et de la mise en valeur des contenus \u00e0 l\u2019\u00e8re du web pr\u00e9occupe un grand nombre d\u2019acteurs du milieu culturel, dont le secteur du livre. Tamis est peut-\u00eatre la clef...",
                "id_seance": "167",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Gilles",
                        "id": "68",
                        "last_name": "Herman"
                    }
                ],
                "moderator": [],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Projets innovants: Tamis"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 18:00:00",
                "date_start": "2019-05-01 17:15:00",
                "description": "Elles travaillent depuis le Zimbabwe et le Maroc dans un monde d\u2019hommes ; aujourd\u2019hui leur r\u00e9ussite incontest\u00e9e leur donne une l\u00e9gitimit\u00e9 incontestable.",
                "id_seance": "168",
                "interpreters": [
                    "Muriel Julliard"
                ],
                "intervenant": [
                    {
                        "fist_name": "Layla",
                        "id": "112",
                        "last_name": "Chaouni"
                    },
                    {
                        "fist_name": "Irene",
                        "id": "256",
                        "last_name": "Staunton"
                    }
                ],
                "moderator": [
                    "Pamela Ohene-Nyako"
                ],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Regards de femmes, d'Harare \u00e0 Casablanca"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-01 18:30:00",
                "date_start": "2019-05-01 18:00:00",
                "description": "",
                "id_seance": "169",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Cl\u00f4ture de la journ\u00e9e"
            },
            {
                "authors": [],
                "category": "Atelier",
                "date_end": "2019-05-02 10:30:00",
                "date_start": "2019-05-02 10:00:00",
                "description": "Assises de l'\u00e9dition suisse et francophone - pr\u00e9sentation des ateliers de la matin\u00e9e",
                "id_seance": "172",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Nicolas Gary",
                    "Laurent Voisard"
                ],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Assises de l'\u00e9dition - pr\u00e9sentation de la matin\u00e9e: les ateliers"
            },
            {
                "authors": [],
                "category": "Atelier",
                "date_end": "2019-05-02 12:30:00",
                "date_start": "2019-05-02 10:30:00",
                "description": "Le pr\u00eat num\u00e9rique fait l\u2019objet de multiples interrogations et les mod\u00e8les se d\u00e9veloppent suivant diff\u00e9rentes perspectives: cet atelier vise \u00e0 r\u00e9pondre aux questions qui se posent...",
                "id_seance": "170",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Jean-Fran\u00e7ois",
                        "id": "72",
                        "last_name": "Cusson"
                    },
                    {
                        "fist_name": "St\u00e9phane",
                        "id": "348",
                        "last_name": "Dumas"
                    },
                    {
                        "fist_name": "Guillaume",
                        "id": "258",
                        "last_name": "Loriaux"
                    },
                    {
                        "fist_name": "Matthieu",
                        "id": "75",
                        "last_name": "Raynaud"
                    },
                    {
                        "fist_name": "Anne",
                        "id": "74",
                        "last_name": "Tarou"
                    }
                ],
                "moderator": [
                    "Laurent Voisard"
                ],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Biblioth\u00e8ques: la transhumance num\u00e9rique"
            },
            {
                "authors": [],
                "category": "Atelier",
                "date_end": "2019-05-02 12:30:00",
                "date_start": "2019-05-02 10:30:00",
                "description": "Vendre, acheter, \u00eatre s\u00e9duit...La Francophonie du livre a tant \u00e0 apprendre d\u2019elle-m\u00eame, et des autres.",
                "id_seance": "171",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Christine",
                        "id": "77",
                        "last_name": "Bonnard Legrand"
                    },
                    {
                        "fist_name": "Michel ",
                        "id": "196",
                        "last_name": "Demeulenaere"
                    },
                    {
                        "fist_name": "Gloria",
                        "id": "76",
                        "last_name": "Guti\u00e9rrez"
                    },
                    {
                        "fist_name": "Laure",
                        "id": "78",
                        "last_name": "P\u00e9cher"
                    },
                    {
                        "fist_name": "Alexandre",
                        "id": "259",
                        "last_name": "Sanchez"
                    }
                ],
                "moderator": [
                    "Nicolas Gary"
                ],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Vendre et acheter le livre en Francophonie"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 14:15:00",
                "date_start": "2019-05-02 12:30:00",
                "description": "",
                "id_seance": "173",
                "interpreters": [],
                "intervenant": [],
                "moderator": [],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Pause - d\u00e9jeuner"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 14:20:00",
                "date_start": "2019-05-02 14:15:00",
                "description": "",
                "id_seance": "185",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Pascal Schouwey"
                ],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Ouverture et pr\u00e9sentation: \"Livre + \u00e0 la loupe\""
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 14:45:00",
                "date_start": "2019-05-02 14:30:00",
                "description": "Pr\u00e9sentation et retour sur le dispositif de soutien Livre+ mis en place par la Conf\u00e9rence intercantonale de l'instruction publique de Suisse romande et du Tessin.",
                "id_seance": "186",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "J\u00e9r\u00f4me",
                        "id": "81",
                        "last_name": "Benoit"
                    }
                ],
                "moderator": [],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Retour sur Livre +"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 15:00:00",
                "date_start": "2019-05-02 14:45:00",
                "description": "La F\u00e9d\u00e9ration de Wallonie-Bruxelles soutient les acteurs du livre dans leurs efforts de promotion, de d\u00e9veloppement et de rayonnement. Le Service g\u00e9n\u00e9ral de Lettres et du Livre expose ses m\u00e9canismes.",
                "id_seance": "188",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Nadine",
                        "id": "260",
                        "last_name": "Vanwelkenhuyzen"
                    }
                ],
                "moderator": [],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "La Wallonie-Bruxelles et ses m\u00e9canismes de promotion des lettres belges"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 15:15:00",
                "date_start": "2019-05-02 15:00:00",
                "description": "Quels sont les soutiens offerts par la Soci\u00e9t\u00e9 de d\u00e9veloppement des entreprises culturelles - SODEC aux maisons d'\u00e9dition qu\u00e9b\u00e9coises, notamment en termes de d\u00e9veloppement num\u00e9rique?",
                "id_seance": "187",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Christian",
                        "id": "344",
                        "last_name": "Lamy"
                    }
                ],
                "moderator": [],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "La SODEC au Qu\u00e9bec: quels soutiens au livre et \u00e0 l'\u00e9dition?"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 15:30:00",
                "date_start": "2019-05-02 15:15:00",
                "description": "La responsable p\u00f4le livre et vie litt\u00e9raire, Livre, image et culture num\u00e9rique en r\u00e9gion Centre -Val de Loire (Ciclic) pr\u00e9sente les multiples initiatives de la r\u00e9gion en vue de promouvoir la lecture.",
                "id_seance": "189",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Isabelle",
                        "id": "261",
                        "last_name": "Maton"
                    }
                ],
                "moderator": [],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Quand le Centre-Val de Loire s'engage pour la promotion de la lecture"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 15:40:00",
                "date_start": "2019-05-02 15:30:00",
                "description": "Session questions et r\u00e9ponses",
                "id_seance": "190",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "J\u00e9r\u00f4me",
                        "id": "81",
                        "last_name": "Benoit"
                    },
                    {
                        "fist_name": "Isabelle",
                        "id": "261",
                        "last_name": "Maton"
                    },
                    {
                        "fist_name": "Nadine",
                        "id": "260",
                        "last_name": "Vanwelkenhuyzen"
                    }
                ],
                "moderator": [
                    "Pascal Schouwey"
                ],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Questions - r\u00e9ponses"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 16:20:00",
                "date_start": "2019-05-02 15:50:00",
                "description": "Promotion de la lecture : Lire et faire lire, les auteurs et les \u00e9diteurs prennent le pouvoir. Les cr\u00e9ateurs sont toujours en premi\u00e8re ligne face au public. Comment font-ils vibrer la litt\u00e9rature?",
                "id_seance": "193",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Guy",
                        "id": "209",
                        "last_name": "Chevalley"
                    },
                    {
                        "fist_name": "Yeh",
                        "id": "338",
                        "last_name": "Chun Liang"
                    },
                    {
                        "fist_name": "Lo\u00efc",
                        "id": "263",
                        "last_name": "Jacob"
                    }
                ],
                "moderator": [
                    "Nicolas Gary"
                ],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Promotion de la lecture : Lire et faire lire."
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 16:50:00",
                "date_start": "2019-05-02 16:20:00",
                "description": "\u00c9dition : \u00ab Travaillez, prenez de la peine\u2026 \u00bb : les aides au d\u00e9veloppement et \u00e0 la promotion \u2013 que ce soit pour favoriser la pr\u00e9sence des maisons d\u2019\u00e9dition dans les salons nationaux et internationaux.",
                "id_seance": "191",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Daniel",
                        "id": "197",
                        "last_name": "Pellegrino"
                    },
                    {
                        "fist_name": "M\u00e9lanie",
                        "id": "204",
                        "last_name": "Roland"
                    }
                ],
                "moderator": [
                    "Pascal Schouwey"
                ],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "\u00c9dition : \u00ab Travaillez, prenez de la peine\u2026\u00bb"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 17:20:00",
                "date_start": "2019-05-02 16:50:00",
                "description": "D\u00e9veloppement num\u00e9rique : Le monde du livre en 2.0. et au-del\u00e0. Qu\u2019il s\u2019agisse de la num\u00e9risation des catalogues, du text et data mining, d\u2019exp\u00e9riences interactives, les \u00e9diteurs font face!",
                "id_seance": "192",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Olivier",
                        "id": "84",
                        "last_name": "Babel"
                    },
                    {
                        "fist_name": "Christiane",
                        "id": "262",
                        "last_name": "Vadnais"
                    }
                ],
                "moderator": [
                    "Marc Atallah"
                ],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "D\u00e9veloppement num\u00e9rique : Le monde du livre en 2.0. et au-del\u00e0."
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-02 17:30:00",
                "date_start": "2019-05-02 17:20:00",
                "description": "",
                "id_seance": "194",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Pierre-Alain",
                        "id": "82",
                        "last_name": "Hug"
                    }
                ],
                "moderator": [],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Cl\u00f4ture de la journ\u00e9e"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-03 12:00:00",
                "date_start": "2019-05-03 08:30:00",
                "description": "Le petit d\u00e9jeuner des libraires francophones et des \u00e9diteurs suisses \u00e0 la villa Sarasin (sur inscription).",
                "id_seance": "178",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Olivier",
                        "id": "84",
                        "last_name": "Babel"
                    },
                    {
                        "fist_name": "Olivier",
                        "id": "138",
                        "last_name": "Boisvert"
                    },
                    {
                        "fist_name": "Arnault",
                        "id": "140",
                        "last_name": "Costilhes"
                    },
                    {
                        "fist_name": "Maya",
                        "id": "301",
                        "last_name": "Flandin"
                    },
                    {
                        "fist_name": "Karine",
                        "id": "131",
                        "last_name": "Henry"
                    },
                    {
                        "fist_name": "Ariane",
                        "id": "333",
                        "last_name": "Herman"
                    },
                    {
                        "fist_name": "Julie",
                        "id": "128",
                        "last_name": "Houillon"
                    },
                    {
                        "fist_name": "Dominique",
                        "id": "137",
                        "last_name": "Janelle"
                    },
                    {
                        "fist_name": "J\u00e9r\u00e9my",
                        "id": "136",
                        "last_name": "Laniel"
                    },
                    {
                        "fist_name": "Isabelle",
                        "id": "125",
                        "last_name": "Lemarchand"
                    },
                    {
                        "fist_name": "Maud",
                        "id": "331",
                        "last_name": "Lemieux"
                    },
                    {
                        "fist_name": "Juliette",
                        "id": "139",
                        "last_name": "Lopes Benites"
                    },
                    {
                        "fist_name": "Xavier",
                        "id": "132",
                        "last_name": "Moni"
                    },
                    {
                        "fist_name": "Montse",
                        "id": "124",
                        "last_name": "Porta"
                    },
                    {
                        "fist_name": "Bernadette",
                        "id": "135",
                        "last_name": "Renard"
                    },
                    {
                        "fist_name": "Wilfrid",
                        "id": "127",
                        "last_name": "S\u00e9jeau"
                    },
                    {
                        "fist_name": "Jacques-Etienne",
                        "id": "130",
                        "last_name": "Ully"
                    },
                    {
                        "fist_name": "Olivier",
                        "id": "129",
                        "last_name": "Verschueren"
                    },
                    {
                        "fist_name": "Lydie",
                        "id": "126",
                        "last_name": "Zannini"
                    }
                ],
                "moderator": [
                    "Nicolas Gary"
                ],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Le petit d\u00e9jeuner des libraires et des \u00e9diteurs"
            },
            {
                "authors": [],
                "category": "Atelier",
                "date_end": "2019-05-03 12:30:00",
                "date_start": "2019-05-03 09:30:00",
                "description": "Diffusion et circulation des ouvrages - un atelier organis\u00e9 par l'Alliance internationale des \u00e9diteurs ind\u00e9pendants",
                "id_seance": "179",
                "interpreters": [],
                "intervenant": [],
                "moderator": [
                    "Laurence Hugues"
                ],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Atelier - Circulation et diffusion des ouvrages"
            },
            {
                "authors": [],
                "category": "Rencontre",
                "date_end": "2019-05-03 13:30:00",
                "date_start": "2019-05-03 11:30:00",
                "description": "Les \u00e9diteurs qu\u00e9b\u00e9cois et belges vont \u00e0 la rencontre des traducteurs et \u00e9diteurs suisses allemands...une occasion de se d\u00e9couvrir et cr\u00e9er des passerelles utiles et p\u00e9rennes.",
                "id_seance": "199",
                "interpreters": [],
                "intervenant": [
                    {
                        "fist_name": "Annette",
                        "id": "429",
                        "last_name": "Beger"
                    },
                    {
                        "fist_name": "Christelle",
                        "id": "498",
                        "last_name": "Dyon"
                    },
                    {
                        "fist_name": "Eleonora",
                        "id": "430",
                        "last_name": "Holthoff"
                    },
                    {
                        "fist_name": "Daniela",
                        "id": "496",
                        "last_name": "Koch"
                    },
                    {
                        "fist_name": "Camille",
                        "id": "123",
                        "last_name": "Luscher"
                    },
                    {
                        "fist_name": "Karine",
                        "id": "122",
                        "last_name": "Vachon"
                    }
                ],
                "moderator": [],
                "public": "adulte",
                "scene": "Les assises de l'\u00e9dition",
                "title": "Echanges linguistiques et traduction"
            }
        ]
    }
}