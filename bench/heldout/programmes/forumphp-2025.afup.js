
const timings = {
    sessions: {
        5200: {
            speakers: [
                "3498"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Créer un RAG en PHP : démystifier l’IA",
            id: "5200",
            trackTitle: "Olivier MANSOUR - G",
            startTime: "2025-10-10T09:45:00+02:00",
            endTime: "2025-10-10T10:25:00+02:00"
        },
        5204: {
            speakers: [
                "3500"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "180 000 requêtes par seconde expliqué simplement",
            id: "5204",
            trackTitle: "Adrien GALLOU - ABCDEF",
            startTime: "2025-10-10T11:40:00+02:00",
            endTime: "2025-10-10T12:20:00+02:00"
        },
        5205: {
            speakers: [
                "3500"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Comment être un•e bon•ne dév à l'heure des IA génératives ?",
            id: "5205",
            trackTitle: "Cécile HAMEREL - HJK",
            startTime: "2025-10-09T10:45:00+02:00",
            endTime: "2025-10-09T11:25:00+02:00"
        },
        5207: {
            speakers: [
                "3502"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Optimisation de la Pagination Multi-Source pour le Suivi des Virements",
            id: "5207",
            trackTitle: "Olivier MANSOUR - G",
            startTime: "2025-10-09T10:00:00+02:00",
            endTime: "2025-10-09T10:40:00+02:00"
        },
        5210: {
            speakers: [
                "3504"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Et si le futur de la programmation concurrentielle avait déjà 50 ans ?",
            id: "5210",
            trackTitle: "Cécile HAMEREL - HJK",
            startTime: "2025-10-09T14:55:00+02:00",
            endTime: "2025-10-09T15:35:00+02:00"
        },
        5235: {
            speakers: [
                "3515"
            ],
            tags: [
                "Conférence (20 minutes)"
            ],
            title: "L'évaluation des IAs : la recette secrète des agents pas trop bêtes",
            id: "5235",
            trackTitle: "Adrien GALLOU - ABCDEF",
            startTime: "2025-10-09T12:40:00+02:00",
            endTime: "2025-10-09T13:00:00+02:00"
        },
        5246: {
            speakers: [
                "3518"
            ],
            tags: [
                "Conférence (20 minutes)"
            ],
            title: "Les bases de la sécurité des développements Web",
            id: "5246",
            trackTitle: "Cécile HAMEREL - HJK",
            startTime: "2025-10-10T14:20:00+02:00",
            endTime: "2025-10-10T14:40:00+02:00"
        },
        5256: {
            speakers: [
                "3531"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Laravel : Nous ne pouvons pas passer à côté de ces fonctionnalités",
            id: "5256",
            trackTitle: "Olivier MANSOUR - G",
            startTime: "2025-10-10T15:55:00+02:00",
            endTime: "2025-10-10T16:35:00+02:00"
        },
        5257: {
            speakers: [
                "3507"
            ],
            tags: [
                "Conférence (20 minutes)"
            ],
            title: "PHP, sans PHP : créez des binaires autonomes de votre code",
            id: "5257",
            trackTitle: "Olivier MANSOUR - G",
            startTime: "2025-10-09T12:40:00+02:00",
            endTime: "2025-10-09T13:00:00+02:00"
        },
        5258: {
            speakers: [
                "3507"
            ],
            tags: [
                "Atelier"
            ],
            title: "[ATELIER] Scanner, comprendre, améliorer : l’analyse statique au service de la qualité PHP",
            id: "5258",
            trackTitle: "Atelier Christophe VILLENEUVE - L",
            startTime: "2025-10-09T16:50:00+02:00",
            endTime: "2025-10-09T18:50:00+02:00"
        },
        5262: {
            speakers: [
                "3522"
            ],
            tags: [
                "Conférence (20 minutes)"
            ],
            title: "Sous le capot de Composer : comprendre l’outil qu’on utilise tous les jours",
            id: "5262",
            trackTitle: "Adrien GALLOU - ABCDEF",
            startTime: "2025-10-10T12:25:00+02:00",
            endTime: "2025-10-10T12:45:00+02:00"
        },
        5265: {
            speakers: [
                "3522"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Symfony UX LiveComponents : Construire un dashboard interactif sans une ligne de JS",
            id: "5265",
            trackTitle: "Cécile HAMEREL - HJK",
            startTime: "2025-10-10T14:45:00+02:00",
            endTime: "2025-10-10T15:25:00+02:00"
        },
        5269: {
            speakers: [
                "3534"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Développez sous Sylius 2 en 40 minutes top chrono",
            id: "5269",
            trackTitle: "Olivier MANSOUR - G",
            startTime: "2025-10-10T11:40:00+02:00",
            endTime: "2025-10-10T12:20:00+02:00"
        },
        5271: {
            speakers: [
                "3535"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Understanding Kubernetes in a visual way 🇫🇷",
            id: "5271",
            trackTitle: "Cécile HAMEREL - HJK",
            startTime: "2025-10-10T09:45:00+02:00",
            endTime: "2025-10-10T10:25:00+02:00"
        },
        5275: {
            speakers: [
                "3538"
            ],
            tags: [
                "Conférence (20 minutes)"
            ],
            title: "Audit RGAA : préparez-vous à relever le défi technique !",
            id: "5275",
            trackTitle: "Olivier MANSOUR - G",
            startTime: "2025-10-10T12:25:00+02:00",
            endTime: "2025-10-10T12:45:00+02:00"
        },
        5283: {
            speakers: [
                "3542"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Overcoming our Primitive Obsessions",
            id: "5283",
            trackTitle: "Olivier MANSOUR - G",
            startTime: "2025-10-09T11:55:00+02:00",
            endTime: "2025-10-09T12:35:00+02:00"
        },
        5285: {
            speakers: [
                "3516"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Jobs, queues & events : anatomie des erreurs courantes et pistes de résolutions",
            id: "5285",
            trackTitle: "Cécile HAMEREL - HJK",
            startTime: "2025-10-10T10:30:00+02:00",
            endTime: "2025-10-10T11:10:00+02:00"
        },
        5287: {
            speakers: [
                "3544"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Changer le monde. Une réunion après l’autre",
            id: "5287",
            trackTitle: "Adrien GALLOU - ABCDEF",
            startTime: "2025-10-10T16:40:00+02:00",
            endTime: "2025-10-10T17:20:00+02:00"
        },
        5295: {
            speakers: [
                "3528"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "L'état de l'art de PHP après 30 ans d'existence",
            id: "5295",
            trackTitle: "Adrien GALLOU - ABCDEF",
            startTime: "2025-10-10T09:45:00+02:00",
            endTime: "2025-10-10T10:25:00+02:00"
        },
        5307: {
            speakers: [
                "3553"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "What's New in PHP 8.5",
            id: "5307",
            trackTitle: "Adrien GALLOU - ABCDEF",
            startTime: "2025-10-09T10:45:00+02:00",
            endTime: "2025-10-09T11:25:00+02:00"
        },
        5310: {
            speakers: [
                "3555"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Et si vous utilisiez PHP pour coder des jeux sur votre console de jeux (favorite) ?",
            id: "5310",
            trackTitle: "Olivier MANSOUR - G",
            startTime: "2025-10-10T14:45:00+02:00",
            endTime: "2025-10-10T15:25:00+02:00"
        },
        5319: {
            speakers: [
                "3561"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Atteindre la qualité d'une SPA avec HTMX et Twig",
            id: "5319",
            trackTitle: "Cécile HAMEREL - HJK",
            startTime: "2025-10-09T16:50:00+02:00",
            endTime: "2025-10-09T17:30:00+02:00"
        },
        5326: {
            speakers: [
                "3568"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Débrider la capacité des Workers",
            id: "5326",
            trackTitle: "Cécile HAMEREL - HJK",
            startTime: "2025-10-09T15:40:00+02:00",
            endTime: "2025-10-09T16:20:00+02:00"
        },
        5331: {
            speakers: [
                "3571"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Construire une application SaaS multi-tenant avec PHP et Laravel en 2025",
            id: "5331",
            trackTitle: "Olivier MANSOUR - G",
            startTime: "2025-10-09T14:55:00+02:00",
            endTime: "2025-10-09T15:35:00+02:00"
        },
        5337: {
            speakers: [
                "3575"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Quatre patterns avancés pour améliorer la résilience d’une application",
            id: "5337",
            trackTitle: "Adrien GALLOU - ABCDEF",
            startTime: "2025-10-09T16:50:00+02:00",
            endTime: "2025-10-09T17:30:00+02:00"
        },
        5352: {
            speakers: [
                "3578"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "WannaCry : les dessous d'un ransomware dévastateur",
            id: "5352",
            trackTitle: "Olivier MANSOUR - G",
            startTime: "2025-10-10T10:30:00+02:00",
            endTime: "2025-10-10T11:10:00+02:00"
        },
        5355: {
            speakers: [
                "3580"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Créer un serveur MCP avec Symfony",
            id: "5355",
            trackTitle: "Cécile HAMEREL - HJK",
            startTime: "2025-10-09T10:00:00+02:00",
            endTime: "2025-10-09T10:40:00+02:00"
        },
        5358: {
            speakers: [
                "3582"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "10 ans de Clean Architecture chez OpenClassrooms : le rêve, la réalité, les leçons",
            id: "5358",
            trackTitle: "Adrien GALLOU - ABCDEF",
            startTime: "2025-10-10T15:55:00+02:00",
            endTime: "2025-10-10T16:35:00+02:00"
        },
        5359: {
            speakers: [
                "3562"
            ],
            tags: [
                "Conférence (20 minutes)"
            ],
            title: "De la veille isolée aux squads collaboratives : Révolutionnez votre tech watch !",
            id: "5359",
            trackTitle: "Olivier MANSOUR - G",
            startTime: "2025-10-10T14:20:00+02:00",
            endTime: "2025-10-10T14:40:00+02:00"
        },
        5368: {
            speakers: [
                "3587"
            ],
            tags: [
                "Atelier"
            ],
            title: "[ATELIER] Étendre PHP sans RFC : rêver le langage de demain dès aujourd'hui",
            id: "5368",
            trackTitle: "Atelier Laury SORRIAUX - M",
            startTime: "2025-10-09T16:50:00+02:00",
            endTime: "2025-10-09T18:50:00+02:00"
        },
        5370: {
            speakers: [
                "3587"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Dépréciations Symfony : de l’angoisse à l’opportunité",
            id: "5370",
            trackTitle: "Cécile HAMEREL - HJK",
            startTime: "2025-10-10T15:55:00+02:00",
            endTime: "2025-10-10T16:35:00+02:00"
        },
        5380: {
            speakers: [
                "3504"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Archiver efficacement de grands volumes de données grâce aux monades",
            id: "5380",
            trackTitle: "Olivier MANSOUR - G",
            startTime: "2025-10-09T10:45:00+02:00",
            endTime: "2025-10-09T11:25:00+02:00"
        },
        5382: {
            speakers: [
                "3592"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "#TechForAll - Yeeso : l’avenir de l’IT avec les femmes !",
            id: "5382",
            trackTitle: "Olivier MANSOUR - G",
            startTime: "2025-10-09T15:40:00+02:00",
            endTime: "2025-10-09T16:20:00+02:00"
        },
        5384: {
            speakers: [
                "3593"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "C’est pas très marrant de devoir être drôle tout le temps",
            id: "5384",
            trackTitle: "Adrien GALLOU - ABCDEF",
            startTime: "2025-10-09T18:15:00+02:00",
            endTime: "2025-10-09T18:55:00+02:00"
        },
        5385: {
            speakers: [
                "3594"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "🥧 A slice of PIE: revolutionising PHP extension installation",
            id: "5385",
            trackTitle: "Cécile HAMEREL - HJK",
            startTime: "2025-10-10T11:40:00+02:00",
            endTime: "2025-10-10T12:20:00+02:00"
        },
        5386: {
            speakers: [
                "3595"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "20 ans de Symfony, et maintenant la version 8!",
            id: "5386",
            trackTitle: "Adrien GALLOU - ABCDEF",
            startTime: "2025-10-09T10:00:00+02:00",
            endTime: "2025-10-09T10:40:00+02:00"
        },
        5387: {
            speakers: [
                "3596"
            ],
            tags: [
                "Keynote"
            ],
            title: "Keynote d'ouverture",
            id: "5387",
            trackTitle: "Adrien GALLOU - ABCDEF",
            startTime: "2025-10-09T09:40:00+02:00",
            endTime: "2025-10-09T09:50:00+02:00"
        },
        5388: {
            speakers: [
                "3596"
            ],
            tags: [
                "Keynote"
            ],
            title: "Keynote de clôture",
            id: "5388",
            trackTitle: "Adrien GALLOU - ABCDEF",
            startTime: "2025-10-10T17:20:00+02:00",
            endTime: "2025-10-10T17:30:00+02:00"
        },
        5389: {
            speakers: [
                "3597"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "FrankenPHP en dehors des sentiers battus",
            id: "5389",
            trackTitle: "Adrien GALLOU - ABCDEF",
            startTime: "2025-10-09T11:55:00+02:00",
            endTime: "2025-10-09T12:35:00+02:00"
        },
        5390: {
            speakers: [
                "3598"
            ],
            tags: [
                "Conférence (20 minutes)"
            ],
            title: "Implementing multi-tenancy in a Laravel app",
            id: "5390",
            trackTitle: "Cécile HAMEREL - HJK",
            startTime: "2025-10-09T12:40:00+02:00",
            endTime: "2025-10-09T13:00:00+02:00"
        },
        5391: {
            speakers: [
                "3598"
            ],
            tags: [
                "Conférence (20 minutes)"
            ],
            title: "Uncharted packages",
            id: "5391",
            trackTitle: "Cécile HAMEREL - HJK",
            startTime: "2025-10-10T12:25:00+02:00",
            endTime: "2025-10-10T12:45:00+02:00"
        },
        5392: {
            speakers: [
                "3599"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Codifier PHP : une nouvelle génération d'outillage pour la documentation",
            id: "5392",
            trackTitle: "Cécile HAMEREL - HJK",
            startTime: "2025-10-09T11:55:00+02:00",
            endTime: "2025-10-09T12:35:00+02:00"
        },
        5393: {
            speakers: [
                "3558"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "SQL vs Les Préjugés",
            id: "5393",
            trackTitle: "Adrien GALLOU - ABCDEF",
            startTime: "2025-10-09T14:55:00+02:00",
            endTime: "2025-10-09T15:35:00+02:00"
        },
        5394: {
            speakers: [
                "3528"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Le framework d'APIs qui capitalise sur 30 ans de maturité du language PHP.",
            id: "5394",
            trackTitle: "Adrien GALLOU - ABCDEF",
            startTime: "2025-10-09T15:40:00+02:00",
            endTime: "2025-10-09T16:20:00+02:00"
        },
        5395: {
            speakers: [
                "3596"
            ],
            tags: [
                "Keynote"
            ],
            title: "Panel discussion: \"The Future of PHP and the PHP Foundation\"",
            id: "5395",
            trackTitle: "Adrien GALLOU - ABCDEF",
            startTime: "2025-10-10T14:20:00+02:00",
            endTime: "2025-10-10T15:25:00+02:00"
        },
        5396: {
            speakers: [
                "3596"
            ],
            tags: [
                "Lightning Talk"
            ],
            title: "Lightning-talks",
            id: "5396",
            trackTitle: "Adrien GALLOU - ABCDEF",
            startTime: "2025-10-09T17:35:00+02:00",
            endTime: "2025-10-09T18:10:00+02:00"
        },
        5397: {
            speakers: [
                "3600"
            ],
            tags: [
                "Clinique"
            ],
            title: "Coup de projecteur \"Repenser les filtres avec API Platform\"",
            id: "5397",
            trackTitle: "Hall Time Square",
            startTime: "2025-10-09T14:00:00+02:00",
            endTime: "2025-10-09T14:10:00+02:00"
        },
        5398: {
            speakers: [
                "3601"
            ],
            tags: [
                "Clinique"
            ],
            title: "Coup de projecteur \"Yousign, trust at scale\"",
            id: "5398",
            trackTitle: "Hall Time Square",
            startTime: "2025-10-10T13:40:00+02:00",
            endTime: "2025-10-10T13:50:00+02:00"
        },
        5399: {
            speakers: [
                "3602"
            ],
            tags: [
                "Clinique"
            ],
            title: "Coup de projecteur \"Activinnov, le code qui parle français\"",
            id: "5399",
            trackTitle: "Hall Time Square",
            startTime: "2025-10-09T14:20:00+02:00",
            endTime: "2025-10-09T14:30:00+02:00"
        },
        5400: {
            speakers: [
                "3595"
            ],
            tags: [
                "Conférence (40 minutes)"
            ],
            title: "Perf et injection de dépendances - êtes-vous suffisamment paresseux·ses ?",
            id: "5400",
            trackTitle: "Adrien GALLOU - ABCDEF",
            startTime: "2025-10-10T10:30:00+02:00",
            endTime: "2025-10-10T11:10:00+02:00"
        },
        5402: {
            speakers: [
                "3596"
            ],
            tags: [
                "Keynote"
            ],
            title: "Ice-breaker",
            id: "5402",
            trackTitle: "Adrien GALLOU - ABCDEF",
            startTime: "2025-10-09T09:25:00+02:00",
            endTime: "2025-10-09T09:40:00+02:00"
        },
        5403: {
            speakers: [
                "3603"
            ],
            tags: [
                "Clinique"
            ],
            title: "Coup de projecteur \" la Sylius Stack en tant que produit avec Akawaka\"",
            id: "5403",
            trackTitle: "Hall Time Square",
            startTime: "2025-10-09T13:40:00+02:00",
            endTime: "2025-10-09T13:50:00+02:00"
        },
        5404: {
            speakers: [
                "3604"
            ],
            tags: [
                "Clinique"
            ],
            title: "Coup de projecteur : \"FrankenPHP sur Clever Cloud : un nouveau souffle pour vos apps PHP\"",
            id: "5404",
            trackTitle: "Hall Time Square",
            startTime: "2025-10-10T13:20:00+02:00",
            endTime: "2025-10-10T13:30:00+02:00"
        }
    },
    speakers: {
        3498: {
            name: "Clément TALLEU",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3498.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3498"
                }
            ],
            id: "3498"
        },
        3500: {
            name: "Xavier LEUNE",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3500.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3500"
                }
            ],
            id: "3500"
        },
        3502: {
            name: "Mathieu DESNOUVEAUX",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3502.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3502"
                }
            ],
            id: "3502"
        },
        3504: {
            name: "Baptiste LANGLADE",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3504.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3504"
                }
            ],
            id: "3504"
        },
        3507: {
            name: "Jean-François LÉPINE",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3507.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3507"
                }
            ],
            id: "3507"
        },
        3515: {
            name: "François ZANINOTTO",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3515.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3515"
                }
            ],
            id: "3515"
        },
        3516: {
            name: "Jonathan VAN BELLE",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3516.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3516"
                }
            ],
            id: "3516"
        },
        3518: {
            name: "Amaury BOUCHARD",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3518.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3518"
                }
            ],
            id: "3518"
        },
        3522: {
            name: "Felix EYMONOT",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3522.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3522"
                }
            ],
            id: "3522"
        },
        3528: {
            name: "Antoine BLUCHET",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3528.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3528"
                }
            ],
            id: "3528"
        },
        3531: {
            name: "Jori STEIN",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3531.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3531"
                }
            ],
            id: "3531"
        },
        3534: {
            name: "Maxime HURAN",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3534.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3534"
                }
            ],
            id: "3534"
        },
        3535: {
            name: "Aurélie VACHE",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3535.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3535"
                }
            ],
            id: "3535"
        },
        3538: {
            name: "GILLES FEVRIER",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3538.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3538"
                }
            ],
            id: "3538"
        },
        3542: {
            name: "Benjamin RAMBAUD",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3542.jpg",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3542"
                }
            ],
            id: "3542"
        },
        3544: {
            name: "Louis VAREILLE",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3544.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3544"
                }
            ],
            id: "3544"
        },
        3553: {
            name: "Derick RETHANS",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3553.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3553"
                }
            ],
            id: "3553"
        },
        3555: {
            name: "Eric COURTIAL",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3555.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3555"
                }
            ],
            id: "3555"
        },
        3558: {
            name: "Lætitia AVROT",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3558.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3558"
                }
            ],
            id: "3558"
        },
        3561: {
            name: "Damien ALEXANDRE",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3561.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3561"
                }
            ],
            id: "3561"
        },
        3562: {
            name: "Julien JOYE",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3562.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3562"
                }
            ],
            id: "3562"
        },
        3568: {
            name: "Julien MERCIER-ROJAS",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3568.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3568"
                }
            ],
            id: "3568"
        },
        3571: {
            name: "Vincent DEMONCHY",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3571.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3571"
                }
            ],
            id: "3571"
        },
        3575: {
            name: "Pascal MARTIN",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3575.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3575"
                }
            ],
            id: "3575"
        },
        3578: {
            name: "Sonia SEDDIKI",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3578.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3578"
                }
            ],
            id: "3578"
        },
        3580: {
            name: "Edouard COURTY",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3580.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3580"
                }
            ],
            id: "3580"
        },
        3582: {
            name: "Olivier MAIRET",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3582.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3582"
                }
            ],
            id: "3582"
        },
        3587: {
            name: "Mathias ARLAUD",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3587.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3587"
                }
            ],
            id: "3587"
        },
        3592: {
            name: "Houleymatou BALDÉ",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3592.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3592"
                }
            ],
            id: "3592"
        },
        3593: {
            name: "Thibaut SOULCIÉ",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3593.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3593"
                }
            ],
            id: "3593"
        },
        3594: {
            name: "James TITCUMB",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3594.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3594"
                }
            ],
            id: "3594"
        },
        3595: {
            name: "Nicolas GREKAS",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3595.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3595"
                }
            ],
            id: "3595"
        },
        3596: {
            name: "Equipe AFUP",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3596.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3596"
                }
            ],
            id: "3596"
        },
        3597: {
            name: "Kévin DUNGLAS",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3597.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3597"
                }
            ],
            id: "3597"
        },
        3598: {
            name: "Freek VAN DER HERTEN",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3598.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3598"
                }
            ],
            id: "3598"
        },
        3599: {
            name: "Gina BANYARD",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3599.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3599"
                }
            ],
            id: "3599"
        },
        3600: {
            name: "SPONSOR OR LES-TILLEULS.COOP",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3600.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3600"
                }
            ],
            id: "3600"
        },
        3601: {
            name: "SPONSOR OR YOUSIGN",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3601.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3601"
                }
            ],
            id: "3601"
        },
        3602: {
            name: "SPONSOR OR ACTIVINNOV",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3602.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3602"
                }
            ],
            id: "3602"
        },
        3603: {
            name: "Akawaka SPONSOR OR",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3603.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3603"
                }
            ],
            id: "3603"
        },
        3604: {
            name: "Clever Cloud SPONSOR OR",
            photoUrl: "https://afup.org/uploads/speakers/53/thumbnails/3604.png",
            social: [
                {
                    0: "Présentation",
                    link: "https://event.afup.org/forumphp2025/speakers/#3604"
                }
            ],
            id: "3604"
        }
    }
};

export { timings as default};
