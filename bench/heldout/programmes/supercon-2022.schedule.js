const schedule = {
	"Friday": [
	{
	 "speaker": "2022 Supercon begins",
	 "title": "Early Check-In + Breakfast",
	 "about": "",
	 "description": "",
	 "date": "Friday, November 4, 2022",
	 "time": "9:00 AM",
	 "location": "Supplyframe HQ 3rd Floor"
	},
	{
	 "speaker": "Voja Antonic and Adam Zeloof",
	 "title": "Workshop: 2022 Supercon Badge Hacking",
	 "about": "Join this workshop to learn more about the possibilities that this year’s badge offers, unlock your creativity, and hack to your heart’s content! This workshop is first come, first serve with a limit of 40 participants.",
	 "description": "",
	 "date": "Friday, November 4, 2022",
	 "time": "10:30 AM - 12:00 PM",
	 "location": "Supplyframe HQ 3rd Floor"
	},
	// {
	//  "speaker": "Reboot",
	//  "title": "Lunch",
	//  "about": "",
	//  "description": "",
	//  "date": "Friday, November 4, 2022",
	//  "time": "12:00 PM",
	//  "location": "Supplyframe HQ 3rd Floor"
	// },
	{
	 "speaker": "Mike Szczys and Chris Gammell",
	 "title": "Workshop: Open Source RTOS on a Connected ePaper Badge",
	 "about": "Chris Gammell is an electrical engineer, podcaster, and design consultant from Durham, NC. He has over 20 years of electronics design experience, and now works on building IoT demos at Golioth. Szczys needs no introduction.",
	 "description": "Join this workshop to learn more about how you can install an Open Source Real Time Operating System (RTOS) on connected ePaper badges!",
	 "date": "Friday, November 4, 2022",
	 "time": "1:00 PM - 3:00 PM",
	 "location": "Supplyframe HQ 2nd Floor"
	},
	{
	 "speaker": "Christina Cyr",
	 "title": "Workshop: Build Your Own Phone with the Rephone Kit Create",
	 "about": "Christina Cyr is CEO of dTOOR, a company which makes \"Non-Rectangular Phones for Non-Rectangular People.\” The company’s flagship product is the Cyrcle Phone. She also helps other people and companies make their own smartphone and IoT creations.",
	 "description": "Join this workshop to assemble your very own 2G phone. If you want to take your creation a step further after the assembly, bring your laptop with a micro-USB cable and I'll show you how to upload your own ringtones.",
	 "date": "Friday, November 4, 2022",
	 "time": "3:00 PM - 4:00 PM",
	 "location": "Supplyframe HQ 2nd Floor"
	},
	{
	 "speaker": "Ignite",
	 "title": "Opening Party",
	 "about": "",
	 "description": "",
	 "date": "Friday, November 4, 2022",
	 "time": "6:00 PM",
	 "location": "Supplyframe HQ 3rd Floor"
	},
	],
	"Saturday": [
	{
	 "speaker": "Majenta Strongheart and Elliot Williams",
	 "title": "Welcome and Orientation",
	 "about": "",
	 "description": "Design's Lab Director and Hackaday's Editor in Chief welcome you to the 2022 Hackaday Superconference.",
	 "date": "Saturday, November 5, 2022",
	 "time": "09:30 AM",
	 "location": "LACM"
	},
	{
	 "speaker": "Joe Grand",
	 "title": "Fresh Beats: Creating The World's Thinnest Boombox",
	 "about": "Joe [Kingpin] Grand is a computer engineer, hardware hacker, product designer, teacher, daddy, honorary doctor, occasional YouTuber, creator of the first electronic badges for DEFCON, and former technological juvenile delinquent.",
	 "description": "Bringing back the best part of the 1980s (besides bulletin board systems), Joe Grand set out to create \"The World's Thinnest Boom Box,\" an open source, Raspberry Pi-based music player complete with custom artwork, capacitive touch sensing buttons, and ultra-thin piezo speaker elements.",
	 "date": "Saturday, November 5, 2022",
	 "time": "10:00 AM",
	 "location": "LACM"
	},
	{
	 "speaker": "Scotty Allen",
	 "title": "Storytelling for Hackers",
	 "about": "Scotty is a hacker turned storyteller who runs the YouTube channel Strange Parts. He makes videos that merge hacking, technology, and adventure, from building and modifying iPhones in the markets of Shenzhen, China, to visiting factories all over the world diving into the details of how stuff is actually made. He’s spent extensive time living and traveling throughout Asia, and now lives in the mountains outside Denver.",
	 "description": "Hackers are amazing at creating our own incredible adventures, and we need to get better at sharing our own stories and hacks with the world. I want to inspire and teach you to make great videos - using engineering and hacking skills you already have to tell great stories.",
	 "date": "Saturday, November 5, 2022",
	 "time": "11:00 AM",
	 "location": "LACM"
	},
	{
	 "speaker": "Kuba Tyszko",
	 "title": "Cracking encrypted software like it's 1988",
	 "about": "Kuba is a natural born hacker with a penchant for diving into encrypted software in ways it was never meant for. Kuba’s experience includes launching a farming tractor at the age of 6, designing their own electronics, and building bicycles.",
	 "description": "This talk is an illustrated approach to cracking encrypted software in various creative ways. As a bonus, the talk also includes fun references to old computers.",
	 "date": "Saturday, November 5, 2022",
	 "time": "11:00 AM",
	 "location": "DesignLab"
	},
	{
	 "speaker": "Dr. Irak V. Mayer",
	 "title": "Building Self-Sustainable Outdoor IoT Devices",
	 "about": "Irak Vicarte Mayer received his PhD. from the University of Electro-Communications in Tokyo, Japan with a major in Neural Networks. He has worked on designing and programming low-level system drivers, and is currently a cybersecurity and full stack engineer.",
	 "description": "Operational outdoor IOT devices are limited by battery life. In this talk, Dr. Irak presents a self-power-sustained irrigation monitor system using Blues Wireless Notecard, and Notecarrier, which charge the LiPo battery thru wind, water, or solar power.",
	 "date": "Saturday, November 5, 2022",
	 "time": "11:30 AM",
	 "location": "DesignLab"
	},

	{
	 "speaker": "Sophy Wong",
	 "title": "Beyond Technique: Artistic Wearable Technology",
	 "about": "Sophy Wong is a designer, costumer, and maker. She creates artistic wearable technology using digital fabrication techniques like 3D printing and laser cutting. Sophy has written numerous tutorials based on her work for HackSpace Magazine, Make: Magazine, and other publications.",
	 "description": "In her talk, Sophy shares recently finished works, her processes for creating them, and her quest to go beyond technique to create artistic, wearable tech.",
	 "date": "Saturday, November 5, 2022",
	 "time": "1:00 PM",
	 "location": "LACM"
	},
	{
	 "speaker": "Matt Venn",
	 "title": "Tiny Tapeout - lowering the barrier to ASIC design and manufacture",
	 "about": "Matt Venn is a science & technology communicator and electronic engineer. He brings 20 years of engineering experience to create innovative learning experiences for people all over the world. Most recently he has been focusing on the world of open source silicon.",
	 "description": "The first open source, manufacturable PDK was released in 2020. Since then there have been 7 free shuttles, 2 new open source PDKs announced and the tools have improved and become more reliable.",
	 "date": "Saturday, November 5, 2022",
	 "time": "1:00 PM",
	 "location": "DesignLab"
	},
	{
	 "speaker": "Presented by Digi-Key: Paul Beech",
	 "title": "Workshop: Together in Electric Dreams",
	 "about": "Paul combats his social anxiety and imposter syndrome by mentioning he designed the Raspberry Pi logo.",
	 "description": "Learn the principles of building your own beautifully-flawed electronic companion, overwhelm them with the sensory input of the world and code their stress-responses using embedded Python. You get to take them home and nurture their further development.",
	 "date": "Saturday, November 5, 2022",
	 "time": "1:00 PM - 3:00 PM",
	 "location": "Supplyframe HQ 3rd Floor"
	},	
	{
	 "speaker": "Presented by Seeed Studio: Debra Ansell",
	 "title": "Workshop: Motion Reactive LED Wearables",
	 "about": "Debra Ansell finds creative ways to incorporate tech into projects which usually reflect her motto, “LEDs improve everything.” Her primary interests are wearables and tech education. Her blog at geekmomprojects.com contains tutorials for makers of all skill levels.",
	 "description": "Workshop participants will build an LED headband based on the Seeeduino XIAO nrf52840 Sense microcontroller which contains an accelerometer and microphone. Using the CircuitPython LED Animation library framework, they will learn to create and adapt motion responsive animations.",
	 "date": "Saturday, November 5, 2022",
	 "time": "1:00 PM - 3:00 PM",
	 "location": "Supplyframe HQ 2nd Floor"
	},	
	{
	 "speaker": "Alec Vercruysse",
	 "title": "A Low-Cost, Underwater, Ultrasonic Phased Array Research Platform",
	 "about": "Alec Vercruysse is an Engineering Major at Harvey Mudd College. His technical interests include signal processing and digital design. He currently works in the underwater acoustics subgroup of Prof. Matthew Spencer's Analog Circuit Engineering Lab.",
	 "description": "This talk presents an acoustic phased array that is open source and easy to modify. Most of the cost savings comes from modifying off-the-shelf transducers for underwater use. Discover how this nine-element array is used for marine biological research.",
	 "date": "Saturday, November 5, 2022",
	 "time": "1:30 PM",
	 "location": "DesignLab"
	},
	// {
	//  "speaker": "Pierce Nichols",
	//  "title": "",
	//  "about": "",
	//  "description": "",
	//  "date": "Saturday, November 5, 2022",
	//  "time": "2:00 PM",
	//  "location": "LACM"
	// },
	{
	 "speaker": "Bradley Gawthrop",
	 "title": "Hack Your Ride: The PEV Revolution Needs You!",
	 "about": "Bradley Gawthrop is the Lead Hardware Engineer for FieldKit, an open source environmental instrumentation platform, making him one of the few people who can claim to have \"Hack The Planet\" as their actual job description. In 2019, FieldKit won the Hackaday Prize. He still thinks making things light up is cool. ",
	 "description": "The world of Personal Electric Vehicles is important, fun, hacker-friendly, and needs your help before the megacorps, lawyers, and governments make it boring and sad. What's out there, who is it for, what can you do with it, and why you should care.",
	 "date": "Saturday, November 5, 2022",
	 "time": "2:00 PM",
	 "location": "LACM"
	},
	{
	 "speaker": "Helen Leigh",
	 "title": "Soft Electronics",
	 "about": "Helen Leigh is an electronic textiles nerd and hardware hacker. She is Head of Community at Crowd Supply and author of \"The Crafty Kid's Guide to DIY Electronics\", published by McGraw Hill. Her personal work is mainly focussed on creating embedded musical devices, often made with experimental conductive materials. Say hi on Twitter @helenleigh.",
	 "description": "This talk explores the softer side of electronics, from electronic embroidery and e-textiles to soft robotics and flexible PCBs. We will look at exciting new materials and technologies with use cases in engineering, science and art, as well as sharing practical tips on material choice and techniques.",
	 "date": "Saturday, November 5, 2022",
	 "time": "2:30 PM",
	 "location": "LACM"
	},
	{
	 "speaker": "Charlyn Gonda",
	 "title": "Fun Pics & Quick Clips",
	 "about": "Charlyn is a coder by sunlight, and maker by moonlight. They tend to make things glowy, and enjoy mixing code with lasers, brass, paper and PLA.",
	 "description": "Show off your projects with style! This talk showcases easy upgrades for capturing your creations on camera, a look at some excellent examples from Charlyn’s favorite makers, and how to share even when you’re camera shy.",
	 "date": "Saturday, November 5, 2022",
	 "time": "2:00 PM",
	 "location": "DesignLab"
	},
	{
	 "speaker": "Andy Geppert",
	 "title": "Interactive Core Memory - Core64",
	 "about": "Andy Geppert has a formal education in mechanical engineering and a DIY education in electronics and firmware. If Andy had known mechatronics was a field of study in college, they would have focused specifically in that realm. 	",
	 "description": "This talk presents an introduction to Interactive Core Memory, and how the Core64 project came to be.",
	 "date": "Saturday, November 5, 2022",
	 "time": "2:30 PM",
	 "location": "DesignLab"
	},
	{
	 "speaker": "Samy Kamkar",
	 "title": "How to make your breath glow inside a wearable glass pendant (without LEDs)",
	 "about": "Samy Kamkar is a reverse engineer interested in building hardware and software exploiting unusual properties of everyday systems. One of his previous projects, the myspace worm, became the fastest spreading internet virus in history.",
	 "description": "In his talk, Samy dives into producing glass pendants containing glowing breath without LEDs or ELs. From flex PCB design to lampworking, glassblowing, and more. Learn how you can use low-cost/DIY equipment at home.",
	 "date": "Saturday, November 5, 2022",
	 "time": "3:00 PM",
	 "location": "LACM"
	},
	{
	 "speaker": "Alex Whittemore",
	 "title": "Making sense of sensors: Grafana for Makers (and other assorted strategies)",
	 "about": "Alex is a trained electrical engineer, an untrained software engineer, and a questionable mechanical engineer. He spends his time building prototype electronic products from the ground up, including IoT sensors, scientific instruments, and even a 3D scanning rig.",
	 "description": "In his talk, Alex discusses how Adafruit and Sparkfun have made hardware development easy. However, he often struggles to make sense of the data custom devices generate. In this talk, Alex goes through data collection and visualization for makers.",
	 "date": "Saturday, November 5, 2022",
	 "time": "03:00 PM",
	 "location": "DesignLab"
	},
	{
	 "speaker": "Rikke Rasmussen, Beau Ambur",
	 "title": "Workshop: Build a portable directional antenna",
	 "about": "Amateur Operators KN6KZF & K6EAU (aka: Rikke & Beau) enjoy cruising the air waves as a conveniently socially distanced hobby. They have enjoyed making contacts from Lighthouses, Mountains and Parks. Combining the fun of geocaching, balloons and radios has lead to a great way to spend time together and get outdoors. ",
	 "description": "Most recently that involved running Ground Control for Parachute Mobile Mission 42 while 3 skydivers made successive jumps to make both VHF and HF radio contacts while descending from over 10,000 feet under chute.",
	 "date": "Saturday, November 5, 2022",
	 "time": "3:00 PM - 5:00 PM",
	 "location": "Supplyframe HQ 2nd Floor"
	},	
	{
	 "speaker": "Nathan Jones",
	 "title": "Workshop: Beyond Arduino: Getting to “Blinky” (and beyond!) on a New Microcontroller",
	 "about": "I graduated from Harvey Mudd College in 2010 with a bachelor’s degree in Engineering and from North Carolina State University in 2020 with a master’s degree in Computer Engineering. Since 2010 I’ve served as an active-duty Army officer and currently have the immense pleasure of teaching classes about digital logic, computer architecture, and cyber fundamentals to Cadets at West Point. My passion is to learn about, develop, and teach others about embedded systems.",
	 "description": "If you’ve ever wanted to use a development board that wasn’t “Arduino-compatible” but didn’t know how, this workshop is for you! Participants will learn how microcontrollers are programmed, which tools are needed, and where to find that information, all while starting to build their own project with an STM32 microcontroller.",
	 "date": "Saturday, November 5, 2022",
	 "time": "3:00 PM - 5:00 PM",
	 "location": "Supplyframe HQ 3rd Floor"
	},	
	{
	 "speaker": "John Hays",
	 "title": "How to Apply for Grants from ARDC for your non-profit/open source project.",
	 "about": "John Hays is the Outreach Manager for Amateur Radio Digital Communications Foundation since August of 2021. He previously served as the Chair of the ARDC Grants Committee since its formation in 2020, where he remains a non-voting advisory member.",
	 "description": "In this presentation frp, John Hays, you will learn about Amateur Radio Digital Communication Foundation's Grant making capabilities and requirements. ARDC grants between $5-6 million/year for selected projects.",
	 "date": "Saturday, November 5, 2022",
	 "time": "3:30 PM",
	 "location": "DesignLab"
	},
	{
	 "speaker": "Carrie Sundra",
	 "title": "Manufacturing on a Shoestring Budget: How to go from 1 to 100 Units without Venture Capital",
	 "about": "Carrie Sundra is an engineer with 20 years of experience working on a variety of products, from livestock thermometers to UAVs. She is the founder of Alpenglow Industries, which makes soldering kits and frivolous circuits for makers and engineers.",
	 "description": "This talk is for anyone considering manufacturing a hardware product on their own. Carrie takes viewers through all the steps needed to iterate from a first proof-of-concept, to successfully building your first 100 units.",
	 "date": "Saturday, November 5, 2022",
	 "time": "4:00 PM",
	 "location": "LACM"
	},	
	{
	 "speaker": "Jorvon Moss",
	 "title": "Robotic Designs",
	 "about": "Jorvon [Odd-Jayy] Moss is an accomplished Maker best known for his Robotic Oddities. Jayy’s art background, BFA in Illustration, and self-taught electronics skills have combined to help launch his career and promote the wonderful world of STEAM (Science, Technology, Engineering, Art, Math). This achievement, and the many viral videos under his belt, gained him recognition from major forces in the industry; including Digi-Key Electronics, Tested Inc. with Adam Savage, various electronic and tech Faires, and as the first Black person in Make Magazine (issue 76), garnering a spot in the Maker Museum.",
	 "description": "This talk will explore the evolution of my companion robot including how I make them seem alive with movement and artificial intelligence.",
	 "date": "Saturday, November 5, 2022",
	 "time": "4:30 PM",
	 "location": "LACM"
	},	
	{
	 "speaker": "Aedan Cullen",
	 "title": "Opportunities in Lightweight Augmented Reality",
	 "about": "Aedan focuses on developing embedded systems for challenging applications, particularly robotics and augmented reality. In 2014, he designed a network protocol to deliver content to mobile AR devices. Since AR hardware is still too cumbersome for all-day use as he imagined then, he is pursuing the advances needed to change this.More recently, he has worked in Apple’s Platform Architecture group, and continues to push the limits with his own AR device designs.",
	 "description": "Many practical considerations about augmented reality remain open questions: What should be prioritized in wearable AR hardware? What will be necessary to incorporate it in daily life? This talk will present progress made in the development of an advanced AR device, and review the answers it suggests to these questions.",
	 "date": "Saturday, November 5, 2022",
	 "time": "4:30 PM",
	 "location": "DesignLab"
	},
	{
	 "speaker": "Liz McFarland",
	 "title": "Fandom and Fabrication: How I Made Electronically Actuated Cosplay Wings",
	 "about": "Liz McFarland is a hobbyist, maker, and cosplayer based in Los Angeles. She is also an active member of Crash Space, a makerspace in LA where she runs monthly Wearable Wednesday events.",
	 "description": "In this talk, Liz explains how she designed and fabricated electronically articulated wings for her award-winning Golden Eagle Wonder Woman cosplay. She covers restraints like budget, weight, and battery consumption. ",
	 "date": "Saturday, November 5, 2022",
	 "time": "5:00 PM",
	 "location": "LACM"
	},
	{
	 "speaker": "Andrew Wilson",
	 "title": "You've got to break a few FPGAs to go to Space!",
	 "about": "Andrew Wilson is a third year PhD candidate at Brigham Young University focusing on reliable soft processors implemented on SRAM-based FPGAs for space applications.  He has worked four summers with NASA Goddard and three years at L3Harris as a FPGA engineer.  His YouTube channel focuses on providing educational videos on advance FPGA features.  He wants to provide public examples integrating vendor and open-source tools to optimize FPGA usage across all fields.",
	 "description": "FPGAs are often used in space, but radiation testing is complex, expensive, and limited.  Let's walkthrough how fault injection in Xilinx FPGAs is used to understand failure modes and verify mitigation effectiveness.  With the use of open-source tools, we can apply triple modular redundancy and identify single point failures.",
	 "date": "Saturday, November 5, 2022",
	 "time": "5:00 PM",
	 "location": "DesignLab"
	},
	{
	 "speaker": "Michael and Katie Whiteley",
	 "title": "There's No Rev 2: When Badgelife Goes Wrong",
	 "about": "Michael Whiteley (also known as compukidmike) is a Husband, Father, and Badgemaker. He and his wife Katie form the badgemaking team MK Factor. They have made badges for DEF CON, Saintcon, BSidesSLC, OpenWest and others.",
	 "description": "In their talk, Michael and Kate discuss what happens when you make thousands of badges and then you find a problem. Without time or budget to remake them, what should you do? Come hear tales from the #badgelife trenches!",
	 "date": "Saturday, November 5, 2022",
	 "time": "5:30 PM",
	 "location": "LACM"
	},
	{
	 "speaker": "Ben Krasnow",
	 "title": "Counting molecules: chemical identification at parts-per-trillion levels",
	 "about": "Ben has hosted and produced the Applied Science channel on YouTube since 2011. He has an admiration of all forms of engineering and science, and has enjoyed popularizing technical content in over 250 videos.	",
	 "description": "Ben’s talk is an overview of laboratory techniques that can measure ultra low concentrations. This talk also covers important applications such as lead in drinking water (or wine!), and how to build your own detector.",
	 "date": "Saturday, November 5, 2022",
	 "time": "6:00 PM",
	 "location": "LACM"
	},
	{
	 "speaker": "Hackaday Prize",
	 "title": "Hackaday Prize Awards Ceremony",
	 "about": "The entire year has been building to this moment! Find out which projects will take home awards from each of the year’s Hackaday Prize challenges.",
	 "description": "Learn more about the winners, and experience one of the most exciting moments Supercon has to offer! ",
	 "date": "Saturday, November 5, 2022",
	 "time": "7:00 PM",
	 "location": "LACM"
	},
	{
	 "speaker": "Hackaday Prize",
	 "title": "Hackaday Prize Awards After-Party",
	 "about": "",
	 "description": "",
	 "date": "Saturday, November 5, 2022",
	 "time": "8:00 PM",
	 "location": "DesignLab"
	}	
	],
	"Sunday": 
	[
	{
	 "speaker": "Elliot Williams",
	 "title": "State of the Hackaday",
	 "about": "",
	 "description": "Hackaday turns 18! Hackaday's Editor in Chief celebrates the incredible outpouring of creativity coming from the Hackaday community over the last couple years, and gazes into his crystal ball about future hacks. Will 2022 go down in the history books as the year of the cyberdeck?",
	 "date": "Sunday, November 6, 2022",
	 "time": "09:30 AM",
	 "location": "LACM"
	},
	{
	 "speaker": "\"R\"",
	 "title": "Behind the scenes of the Paranoids DEFCON badge",
	 "about": "The hacker known as R was until recently a member of the information security team at Yahoo, finding vulnerabilities before malicious attackers could. They’ve always had an interest in a little bit of everything but tended to gravitate towards low-level programming and reverse engineering. They began as a self-taught programmer but later earned a degree in Electrical Engineering and Computer Science from UC Berkeley. They are currently spending some time funemployed in order to pursue interests such as reverse-engineering the Apple M1 for the Asahi Linux project, while slowly seeking out next opportunities.",
	 "description": "A small team within the Paranoids information security team at Yahoo built a badge that was given out at DEFCON. This talk will go in detail into the technical design of the badge as well as cover all of the challenges that were encountered along the way.",
	 "date": "Sunday, November 6, 2022",
	 "time": "10:00 AM",
	 "location": "LACM"
	},
	{
	 "speaker": "Sam Mulvey",
	 "title": "Trash on the Radio: Post-Consumer Broadcast Engineering",
	 "about": "Sam spent a few decades as a systems administrator before fulfilling his life-long dream of building and running a radio station at KTQA. Between those jobs, he was a briefly-syndicated talk show host and open source software developer.",
	 "description": "At KTQA Sam has built a functioning radio station from free software, actual garbage, donated equipment, spit, sweat, and good will. In this talk, he discusses the process of building and operating the radio station.",
	 "date": "Sunday, November 6, 2022",
	 "time": "10:00 AM",
	 "location": "DesignLab"
	},
	{
	 "speaker": "Shawn Hymel",
	 "title": "Hacking a Toaster with Machine Learning to Produce the Perfect Toast	",
	 "about": "Shawn Hymel is a machine learning DevRel engineer, instructor, and university program manager at Edge Impulse. He creates compelling technical videos, courses, and workshops around edge machine learning that inspire engineers of all skill levels.",
	 "description": "Toasters usually rely on timers or bimetallic strips to control the toasting process. In this talk, Shawn explains how he decided to take this problem to the next level using gas sensors and machine learning.",
	 "date": "Sunday, November 6, 2022",
	 "time": "10:30 AM",
	 "location": "LACM"
	},
	{
	 "speaker": "Jay Bowles",
	 "title": "Beyond engineering, and a dip into the Plasmaverse",
	 "about": "As a full time maker, Youtuber, and scientist, Jay Bowles has a passion for high voltage physics. For over 20 years, they have built every high voltage device you can think of, all while streaming their journey along the way.",
	 "description": "In this talk, Jay will utilize a  combination of on-stage demonstrations, and pre-recorded videos to be played on slides, ultimately Inspiring as many people to build, create, and engineer as possible.",
	 "date": "Sunday, November 6, 2022",
	 "time": "11:00 AM",
	 "location": "LACM"
	},
	{
	 "speaker": "Mooneer Salem",
	 "title": "Miniaturizing HF Digital Voice Using the ESP32 Microcontroller",
	 "about": "Mooneer Salem has been an amateur radio operator since the early 2000s. He is a software engineer by trade in the medical device field, and has participated extensively in the open source community, including contributing to and creating several projects.",
	 "description": "FreeDV is an up and coming digital voice mode designed for amateur radio use, which has traditionally required a computer. This talk describes how Mooneer designed a board using the ESP32 microcontroller that modulates and demodulates that mode.",
	 "date": "Sunday, November 6, 2022",
	 "time": "11:00 AM",
	 "location": "DesignLab"
	},
	{
	 "speaker": "Alex Lynd",
	 "title": "Workshop: Cat-Themed Soldering & USB Hacking! (Build a USB Nugget)",
	 "about": "Alex Lynd is a 19 year old hardware developer and cybersecurity content creator. He appears on shows like Hak5, where he creates ethical hacking tutorials & InfoSec related content. Alex researches / specializes in Signals Intelligence, and uses microcontrollers to showcase low-cost hacks.  He has a passion for sustainability, hardware hacking, and open-source; and he creates content across multiple platforms to document his journey & projects in hopes of inspiring other young makers.  He also runs HakCat, a hardware business that creates open-source cat-themed products & educational content for beginners. ",
	 "description": "The Nugget is a cat shaped hacking tool designed to teach beginners w/ a cute interface.  HakCat is the brand alex started at 18 that creats cat-themed products and is meant to make hacking less scary for beginners.  ",
	 "date": "Sunday, November 6, 2022",
	 "time": "11:00 AM - 01:00 PM",
	 "location": "Supplyframe HQ, 3rd Floor"
	},
	{
	 "speaker": "Haddington Dynamics an Ocado Technology Company",
	 "title": "Panel Discussion: Getting bought without selling your soul. \"Dexter\" won Hackaday 2018",
	 "about": "In 2020 Dexter was purchased & feared for their hacker culture.",
	 "description": "Learn how this team won the 2018 Hackaday Prize and managed to keep their focus on being a hacking culture during and after their acquisition.",
	 "date": "Sunday, November 6, 2022",
	 "time": "11:30 AM",
	 "location": "DesignLab"
	},
	{
	 "speaker": "Chris Gammell",
	 "title": "The one-engineer dev shop, then and now",
	 "about": "Chris Gammell is an electrical engineer, podcaster, and design consultant from Durham, NC. He has over 20 years of electronics design experience, and now works on building IoT demos at Golioth.",
	 "description": "Large teams are costly and slow. What if you could pare your development of prototypes and products down to the smallest atomic size: one engineer. This talk reviews techniques, tools, and resources for building the smallest dev shop out there.",
	 "date": "Sunday, November 6, 2022",
	 "time": "1:00 PM",
	 "location": "LACM"
	},
	{
	 "speaker": "Jac Goudsmit and Ralf \"Dr. DCC\" Porankiewicz",
	 "title": "Reverse-Engineering the Digital Compact Cassette",
	 "about": "Jac Goudsmit has been interested in the Digital Compact Cassette since before it was released in 1992. He wrote most of the English Wikipedia page about DCC, and also wrote the DCC-FAQ web page in 1996.",
	 "description": "This talk reveals the secrets of DCC, and will show that DCC was, and is more than just a better-sounding, but less user-friendly competitor of MiniDisc.",
	 "date": "Sunday, November 6, 2022",
	 "time": "1:00 PM",
	 "location": "DesignLab"
	},
	{
	 "speaker": "Matt Venn",
	 "title": "Workshop: Tiny Tapeout - demystifying microchip design and manufacture",
	 "about": "Matt Venn is a science & technology communicator and electronic engineer. He brings 20 years of engineering experience to create innovative learning experiences for people all over the world. Recently, he has been focusing on the world of open source silicon.",
	 "description": "TinyTapeout is an educational project that aims to make it easier and cheaper than ever to get your digital designs manufactured on a real chip. In this talk, Matt looks at how the project came to life, some technical details, the first trial run and what's happening next.",
	 "date": "Sunday, November 6, 2022",
	 "time": "1:00 PM - 3:00 PM",
	 "location": "Supplyframe HQ, 3rd Floor"
	},
	{
	 "speaker": "Amitabh Shrivastava",
	 "title": "Refrigediro- OpenSource Refrigeration Systems",
	 "about": "As a physicist turned engineer and designer, Amitabh enjoys solving inter-disciplinary problems in electronics, mechanics, and human-computer interaction with a focus on rapid prototyping and manufacturing. He is best known through the open-source pneumatic soft robot controller, Programmable-Air. ",
	 "description": "It is surprisingly easy to solder copper tubes to a compressor and add refrigerant to produce frost in minutes! During this talk, Amitabh explains the working principle behind refrigeration systems, and how to make one yourself. ",
	 "date": "Sunday, November 6, 2022",
	 "time": "1:30 PM",
	 "location": "LACM"
	},
	{
	 "speaker": "Charles Lohr",
	 "title": "Assembly in 2022: Yes! We Still Use it and Here's Why",
	 "about": "Charles loves all of the bits and bobs from analog electronics up to software design, but his passion lies in low level code, where the lines between software and hardware are blurred and so many things that seem impossible are possible. From creating and RF modulating video signals on 8-bit micros to running Minecraft servers on sub $1 micros, he's searched out the problems to make people ask 'why?'",
	 "description": "This talk will help you comfortably do more with less and supercharge your projects by applying basic knowledge of assembly.  We go through many of the tools that facilitate a deeper understanding of the assembly language of your choice and show how that understanding dovetails into so many applications.",
	 "date": "Sunday, November 6, 2022",
	 "time": "2:00 PM",
	 "location": "LACM"
	},
	{
	 "speaker": "Chris Combs",
	 "title": "Art-World Compatibility Layer: How to Hang and Sell Your Blinky Goodness as Art",
	 "about": "Chris Combs is an artist based in Washington, D.C and Mount Rainier, Maryland who creates provocative technology. Chris is a graduate of the Corcoran College of Art + Design and was a photo editor for National Geographic.",
	 "description": "This talk covers the steps necessary to convert a cool blinky into saleable art. Learn what art buyers expect, how to find shows, and how your glorious creation can survive years on somebody else’s wall.",
	 "date": "Sunday, November 6, 2022",
	 "time": "2:00 PM",
	 "location": "DesignLab"
	},
	{
	 "speaker": "Natalia Galin",
	 "title": "Galin Engine: software is eating the internal combustion engine.",
	 "about": "Nat is an engineer at Galin engine. Nat studied Electrical Engineering, and then went on to complete a PhD working on helicopter based SHF FMCW radar. After some postdoc work in satellite glaciology, Nat moved on to signal processing of spinal nerve signals. Then she worked in firmware development, before starting a data analysis consultancy. She holds a couple of patents, and a handful of peer-reviewed publications. Nat's motivating belief is that everything is simple, it is realising how simple it is that can be hard.",
	 "description": "We will explain how our solution allows for a viable realisation of the rotary vane engine, and how the architecture of the engine makes it ideally suited to producing electrical power (not mechanical shaft output) from hydrocarbons.",
	 "date": "Sunday, November 6, 2022",
	 "time": "3:00 PM",
	 "location": "LACM"
	},
	{
	 "speaker": "Joshua Wright",
	 "title": "Going Battery Free - Applications Guide For Indoor Photovoltaics",
	 "about": "Joshua is the Vice President of Engineering at Ambient Photonics, a low light photovoltaics startup with offices and fully automated manufacturing in Scotts Valley, CA with the support of lead investor, Amazon.",
	 "description": "What would you do with a microwatt? This talk covers typical residential illumination, indoor PV, energy harvesting, energy storage and serves as a guide to making your application battery free.",
	 "date": "Sunday, November 6, 2022",
	 "time": "3:00 PM",
	 "location": "DesignLab"
	},
	{
	 "speaker": "Adrian Freed",
	 "title": "Unusual Circuits with Soviet-Era ICs",
	 "about": "After a career developing pioneering audio and music technology such as the DAW and OSC, Adrian Freed has contributed to the emerging field of E-textiles. He designs ICs recreationally and shares foundational tools and technology such as Arduino audio and cap. sense libraries.  He plays country blues guitar and is learning Son Jarocho. His life-long commitment to creative uses for analog and digital computers is reflected most recently in interactivity enhancements to Adobe Premiere Pro and an add-on board for the SuperCon6 4-bit computer badge",
	 "description": "Soviet Era ICs were not just copies of designs from the West. Many interesting re-implementations and new designs will be demonstrated including:  a wide-range VCO with a quad XOR gate, programmable opamps, uncompensated power opamps and transistor arrays in DIP packages with integrated heat-sinks and Thyratron Neon Tube counters. Contemporary new ICs from Latvia will be shown.",
	 "date": "Sunday, November 6, 2022",
	 "time": "3:20 PM",
	 "location": "LACM"
	},
	{
	 "speaker": "Nick Poole",
	 "title": "DIY Vacuum Tubes: How Hard Could It Be?",
	 "about": "Nick is an engineer, product designer, and electron gunslinger living in rural Virginia where he collects misfit machines and surplus scientific instruments. A long-time SparkFunion now working remote, he moonlights as a YouTuber on his channel SignalDitch.",
	 "description": "Nick got really into vacuum tubes during lockdowns. He's now assembling the tools to make his own. Ever wonder what it takes to revive a century-old technology in your home lab? This talk will give you some ideas.",
	 "date": "Sunday, November 6, 2022",
	 "time": "4:00 PM",
	 "location": "LACM"
	},
	{
	 "speaker": "Sherry Chen",
	 "title": "To (un)muddy the water: how we built S.S.MAPR, an autonomous boat for water quality monitoring",
	 "about": "Sherry is a robotics engineer and advocate for social impact robotics. She’s building food production robots at Chef Robotics to reduce the cost of fresh food for all. She’s also published a paper on using ML for autonomous vehicles.",
	 "description": "In this talk, Sherry discusses the lessons learned while building an autonomous boat from the ground up in 5 months, to help water departments collect multi-depth water quality data. The project won the Cornell Cup Grand Prize. ",
	 "date": "Sunday, November 6, 2022",
	 "time": "4:00 PM",
	 "location": "DesignLab"
	},
	{
	 "speaker": "Joseph Marlin",
	 "title": "Let's Connect - A Maker's Introduction to the Wide Overwhelming World of Military and Industrial Connectors",
	 "about": "Hailing from Austin Texas, Joseph is the lead avionics engineer for a lunar lander. Relatively new to the maker community, he's excited to be attending his first ever Hackaday Supercon and sharing knowledge with this community.",
	 "description": "Beyond the USB and electrical plugs we use daily is an expansive world of connectors in every shape and size. In this talk, Joseph shows how these humble devices have been the downfall of some of the world's most complex systems.",
	 "date": "Sunday, November 6, 2022",
	 "time": "4:30 PM",
	 "location": "DesignLab"
	},
	{
	 "speaker": "Stephen Hawes",
	 "title": "It Takes a Village: Lessons Learned Starting an Open Source Hardware Company",
	 "about": "Stephen is an engineer and open source advocate. Over the past few years he’s been documenting the design of an open source pick and place machine on Youtube. In 2021 he founded Opulo to help get them into people’s hands.",
	 "description": "In this talk, Stephen shares some of the inherent challenges he’s faced starting an Open Source hardware company, and why they are worth solving. Open source is not only overwhelmingly beneficial, but also enables users to better accomplish their goals.",
	 "date": "Sunday, November 6, 2022",
	 "time": "5:00 PM",
	 "location": "LACM"
	},
	{
	 "speaker": "Closing time",
	 "title": "Badge Hacking Awards Ceremony",
	 "about": "",
	 "description": "The badge hacking awards ceremony is a chance to showcase all the ways you’ve augmented, altered, or otherwise transformed this year’s badge! It’s an exciting parade of innovative ideas, we never know what to expect!",
	 "date": "Sunday, November 6, 2022",
	 "time": "5:30 PM",
	 "location": "LACM"
	}
]
}
