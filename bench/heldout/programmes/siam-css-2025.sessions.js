export default [
  {
    "minisymposium_title": "Advances in Applied Inverse Problems and Imaging",
    "organizers": [
      { "name": "Dinh-Liem Nguyen", "affiliation": "Kansas State University"},
      { "name": "Thu Le", "affiliation": "University of Wisconsin-Madison"}
    ],
    day: "",
    room: "SCEN 206",
    timezone: "America/Chicago",
    sessions: [
      {
        start: "2025-10-11T10:10:00-05:00",
        end: "2025-10-11T11:30:00-05:00",
        talks: [
          { title: "Recovering elastic subdomains with strain-gradient elastic interfaces from force measurements", start: "2025-10-11T10:10:00-05:00", end: "2025-10-11T10:30:00-05:00", speakers: [{ name: "Giovanni Granados", affiliation: "University of North Carolina at Chapel Hill" }] },
          { title: "Numerical solution to the inverse electromagnetic scattering problem for periodic chiral media.", start: "2025-10-11T10:30:00-05:00", end: "2025-10-11T10:50:00-05:00", speakers: [{ name: "Cat Su Tran", affiliation: "Kansas State University" }] },
          { title: "Analysis for Full Field Inversion of the Attenuated Wave Equation", start: "2025-10-11T10:50:00-05:00", end: "2025-10-11T11:10:00-05:00", speakers: [{ name: "Ngoc T. Do", affiliation: "Missouri State University" }] },
          { title: "Efficient Symmetry-Driven Diffusion Models for Wideband Inverse Scattering", start: "2025-10-11T11:10:00-05:00", end: "2025-10-11T11:30:00-05:00", speakers: [{ name: "Borong Zhang", affiliation: "University of Wisconsin, Madison" }] }
        ]
      },
      {
        start: "2025-10-11T15:30:00-05:00",
        end: "2025-10-11T16:50:00-05:00",
        talks: [
          { title: "Laser propagation through random media: speckle formation and the Gaussian conjecture", start: "2025-10-11T15:30:00-05:00", end: "2025-10-11T15:50:00-05:00", speakers: [{ name: "Anjali Nair", affiliation: "University of Chicago" }] },
          { title: "Fourier-based model-infomed deep learning approach to solve the inverse source problem", start: "2025-10-11T15:50:00-05:00", end: "2025-10-11T16:10:00-05:00", speakers: [{ name: "Aravinth Krishnan Ravi", affiliation: "Kansas State University" }] },
          { title: "Exploring Low-Rank Structures in Inverse Scattering", start: "2025-10-11T16:10:00-05:00", end: "2025-10-11T16:30:00-05:00", speakers: [{ name: "Shixu Meng", affiliation: "The University of Texas at Dallas" }] },
          { title: "A fast sampling method for Maxwell's equations with applications to unprocessed experimental data", start: "2025-10-11T16:30:00-05:00", end: "2025-10-11T16:50:00-05:00", speakers: [{ name: "Thu Le", affiliation: "University of Wisconsin–Madison" }] }
        ]
      }
    ]
  },
  {
    "minisymposium_title": "Advances in theoretical and numerical studies of PDE models",
    "organizers": [
      { "name": "Shibin Dai", "affiliation": "The University of Alabama"},
      { "name": "Abba Ramadan", "affiliation": "The University of Alabama"},
      { "name": "Natasha S. Sharma", "affiliation": "The University of Texas at El Paso"}
    ],
    day: "",
    room: "SCEN 201",
    timezone: "America/Chicago",
    sessions: [
      {
        start: "2025-10-11T15:30:00-05:00",
        end: "2025-10-11T16:50:00-05:00",
        talks: [
          {
            title: "Stability of Interfacial Energies Under Gradient Flows",
            start: "2025-10-11T15:50:00-05:00",
            end: "2025-10-11T16:10:00-05:00",
            speakers: [{ name: "Qiliang Wu", affiliation: "Ohio University" }]
          },
          {
            title: "Analysis and computation of a generalized Ohta-Kawasaki model",
            start: "2025-10-11T16:10:00-05:00",
            end: "2025-10-11T16:30:00-05:00",
            speakers: [{ name: "Yanxiang Zhao", affiliation: "George Washington University" }]
          },
          {
            title: "Gamma-Convergence and Asymptotic Analysis for a Diffuse Domain Problem with Transmission Boundary Conditions, Part 1: Theoretical Analysis",
            start: "2025-10-11T15:30:00-05:00",
            end: "2025-10-11T15:50:00-05:00",
            speakers: [{ name: "Toai Luong", affiliation: "Virginia Commonwealth University" }]
          },
          {
            title: "Gamma-Convergence and Asymptotic Analysis for a Diffuse Domain Problem with Transmission Boundary Conditions: Part 2, Numerical Confirmation",
            start: "2025-10-11T16:30:00-05:00",
            end: "2025-10-11T16:50:00-05:00",
            speakers: [{ name: "Calvin Wong", affiliation: "The University of Tennessee, Knoxville" }]
          }
        ]
      },
      {
        start: "2025-10-11T17:00:00-05:00",
        end: "2025-10-11T18:20:00-05:00",
        talks: [
          {
            title: "Limiting behavior of the De Gennes-Cahn-Hilliard Energy",
            start: "2025-10-11T17:00:00-05:00",
            end: "2025-10-11T17:20:00-05:00",
            speakers: [{ name: "Shibin Dai", affiliation: "The University of Alabama" }]
          },
          {
            title: "Minimizers for the Cahn–Hilliard Energy Functional with the Flory–Huggins Potential under Strong Anchoring Conditions",
            start: "2025-10-11T17:20:00-05:00",
            end: "2025-10-11T17:40:00-05:00",
            speakers: [{ name: "Abba Ramadan", affiliation: "The University of Alabama" }]
          },
          {
            title: "An Efficient, Decoupled, and Linearly Stabilized Scheme for Phase-Field Models with Variable Mobility",
            start: "2025-10-11T17:40:00-05:00",
            end: "2025-10-11T18:00:00-05:00",
            speakers: [{ name: "Zhiwei Zhang (Speaker), Shuwang Li (co-author, Illinois Institute of Tecnology), and Steve Wise (co-author,University of Tennessee at Knoxville))", affiliation: "Illinois Institute of Technology" }]
          },
          {
            title: "Non-Decaying Solutions for the 2D Dissipative Quasi-Geostrophic Equation",
            start: "2025-10-11T18:00:00-05:00",
            end: "2025-10-11T18:20:00-05:00",
            speakers: [{ name: "Ryan Aschoff", affiliation: "Claremont Graduate University" }]
          }
        ]
      }
    ]
  },
  {
    "minisymposium_title": "Analysis of Biological Data at Multiple Scales",
    "organizers": [
      { "name": "Xiaoqi Wei", "affiliation": "North Carolina State University"},
      { "name": "Md Masud Rana", "affiliation": "Kennesaw State University"}
    ],
    day: "",
    room: "SCEN 206",
    timezone: "America/Chicago",
    "talks": [
      {
        "title": "PLD-Tree: Persistent Laplacian Decision Tree for Protein-Protein Binding Free Energy Prediction",
        "speakers": [
          {
            "name": "Xingjian Xu",
            "affiliation": "University of Florida"
          }
        ]
      },
      {
        "title": "Multi-level, multi-color mathematical graph neural networks for molecular property prediction",
        "speakers": [
          {
            "name": "Trung Nguyen",
            "affiliation": "University of Tennessee, Knoxville"
          }
        ]
      },
      {
        "title": "Modeling Epidemics in Metapopulations: Integrating Human Mobility and Heterogeneity",
        "speakers": [
          {
            "name": "Haridas K. Das",
            "affiliation": "Oklahoma State University"
          }
        ]
      },
      {
        "title": "Synchronized Optimal Transport for Trajectory Inference in Biological Systems",
        "speakers": [
          {
            "name": "Jingfeng Wang",
            "affiliation": "North Carolina State University"
          }
        ]
      },
      {
        "title": "An Algebraic Graph Neural Network Model for Protein−Ligand Binding Affinity Prediction",
        "speakers": [
          {
            "name": "Augustine Ouru",
            "affiliation": "University of Arkansas"
          }
        ]
      },
      {
        "title": "The Kaplan-Meier UCB Bandit Algorithm for Patient Assignment in Long-Term Clinical Trials",
        "speakers": [
          {
            "name": "Yangfan Cui",
            "affiliation": "North Carolina State University"
          }
        ]
      },
      {
        "title": "On generalizing the induced surface charge method to heterogeneous Poisson-Boltzmann models for electrostatic free energy calculation",
        "speakers": [
          {
            "name": "Idowu Ijaodoro",
            "affiliation": "The University of Alabama, Tuscaloosa"
          }
        ]
      },
      {
        "title": "Breast Cancer Detection with Topological Deep Learning",
        "speakers": [
          {
            "name": "Brighton Nuwagira",
            "affiliation": "University of Texas at Dallas"
          }
        ],
        "cancelled": true
      }
    ],
    sessions: [
      {
        start: "2025-10-11T17:00:00-05:00",
        end: "2025-10-11T18:20:00-05:00",
        talks: [
          { title: "Synchronized Optimal Transport for Trajectory Inference in Biological Systems", start: "2025-10-11T17:00:00-05:00", end: "2025-10-11T17:20:00-05:00", speakers: [{ name: "Jingfeng Wang", affiliation: "North Carolina State University" }] },
          { title: "An Algebraic Graph Neural Network Model for Protein−Ligand Binding Affinity Prediction", start: "2025-10-11T17:20:00-05:00", end: "2025-10-11T17:40:00-05:00", speakers: [{ name: "Augustine Ouru", affiliation: "University of Arkansas" }] },
          { title: "The Kaplan-Meier UCB Bandit Algorithm for Patient Assignment in Long-Term Clinical Trials", start: "2025-10-11T17:40:00-05:00", end: "2025-10-11T18:00:00-05:00", speakers: [{ name: "Yangfan Cui", affiliation: "North Carolina State University" }] },
          { title: "On generalizing the induced surface charge method to heterogeneous Poisson-Boltzmann models for electrostatic free energy calculation", start: "2025-10-11T18:00:00-05:00", end: "2025-10-11T18:20:00-05:00", speakers: [{ name: "Idowu Ijaodoro", affiliation: "The University of Alabama, Tuscaloosa" }] }
        ]
      },
      {
        start: "2025-10-12T10:10:00-05:00",
        end: "2025-10-12T11:30:00-05:00",
        talks: [
          { title: "PLD-Tree: Persistent Laplacian Decision Tree for Protein-Protein Binding Free Energy Prediction", start: "2025-10-12T10:10:00-05:00", end: "2025-10-12T10:30:00-05:00", speakers: [{ name: "Xingjian Xu", affiliation: "University of Florida" }] },
          { title: "Multi-level, multi-color mathematical graph neural networks for molecular property prediction", start: "2025-10-12T10:30:00-05:00", end: "2025-10-12T10:50:00-05:00", speakers: [{ name: "Trung Nguyen", affiliation: "University of Tennessee, Knoxville" }] },
          { title: "Modeling Epidemics in Metapopulations: Integrating Human Mobility and Heterogeneity", start: "2025-10-12T10:50:00-05:00", end: "2025-10-12T11:10:00-05:00", speakers: [{ name: "Haridas K. Das", affiliation: "Oklahoma State University" }] },
          { title: "Breast Cancer Detection with Topological Deep Learning", start: "2025-10-12T11:10:00-05:00", end: "2025-10-12T11:30:00-05:00", speakers: [{ name: "Brighton Nuwagira", affiliation: "University of Texas at Dallas" }], cancelled: true }
        ]
      }
    ]
  },
  {
    "minisymposium_title": "Approximation Theory and its Applications",
    "organizers": [
      { "name": "Chunyang Liao", "affiliation": "University of California, Los Angeles"},
      { "name": "Zhaiming Shen", "affiliation": "Georgia Institute of Technology"}
    ],
    day: "",
    room: "SCEN 202",
    timezone: "America/Chicago",
    // Talks list de-duplicated and reordered per final schedule
    "talks": [
      { "title": "Minimax rates for learning kernels in operators", "speakers": [{ "name": "Sichong Zhang", "affiliation": "Johns Hopkins University" }] },
      { "title": "Cauchy Random Features for Operator Learning in Sobolev Space", "speakers": [{ "name": "Chunyang Liao", "affiliation": "University of California, Los Angeles" }] },
      { "title": "Novel Neural Networks for Efficient Inverse Modeling of Nonlinear Schr\\\"{o}dinger  Equations", "speakers": [{ "name": "Yiran Wang", "affiliation": "The University of Alabama" }] },
      { "title": "Geometry-Preserving Encoder/Decoder In Latent Generative Models", "speakers": [{ "name": "Wonjun Lee", "affiliation": "The Ohio State University" }] },
      { "title": "In-context operator learning on probability measure spaces", "speakers": [{ "name": "Dixi Wang", "affiliation": "Purdue University" }] },
      { "title": "Optimal Approximation of High-dimensional Functions on Smooth Manifolds Using Deep ReLU Neural Networks", "speakers": [{ "name": "Ji Shi", "affiliation": "University of Houston" }] },
      { "title": "From Single to Multiple Kernels: Learning Interacting Particle Systems on Networks.", "speakers": [{ "name": "Quanjun Lang", "affiliation": "Duke University" }] },
      { "title": "Transformers for learning on noisy and task-level manifolds: Approximation and generalization insights", "speakers": [{ "name": "Zhaiming Shen", "affiliation": "Georgia Institute of Technology" }] }
    ],
    // Two-panel schedule with 20-minute slots: 3:30, 3:50, 4:10, 4:30; 5:00, 5:20, 5:40, 6:00
    sessions: [
      {
        start: "2025-10-11T15:30:00-05:00",
        end: "2025-10-11T16:50:00-05:00",
        talks: [
          { title: "Minimax rates for learning kernels in operators", start: "2025-10-11T15:30:00-05:00", end: "2025-10-11T15:50:00-05:00", speakers: [{ name: "Sichong Zhang", affiliation: "Johns Hopkins University" }] },
          { title: "Cauchy Random Features for Operator Learning in Sobolev Space", start: "2025-10-11T15:50:00-05:00", end: "2025-10-11T16:10:00-05:00", speakers: [{ name: "Chunyang Liao", affiliation: "University of California, Los Angeles" }] },
          { title: "Novel Neural Networks for Efficient Inverse Modeling of Nonlinear Schr\\\"{o}dinger  Equations", start: "2025-10-11T16:10:00-05:00", end: "2025-10-11T16:30:00-05:00", speakers: [{ name: "Yiran Wang", affiliation: "The University of Alabama" }] },
          { title: "Geometry-Preserving Encoder/Decoder In Latent Generative Models", start: "2025-10-11T16:30:00-05:00", end: "2025-10-11T16:50:00-05:00", speakers: [{ name: "Wonjun Lee", affiliation: "The Ohio State University" }] }
        ]
      },
      {
        start: "2025-10-11T17:00:00-05:00",
        end: "2025-10-11T18:20:00-05:00",
        talks: [
          { title: "In-context operator learning on probability measure spaces", start: "2025-10-11T17:00:00-05:00", end: "2025-10-11T17:20:00-05:00", speakers: [{ name: "Dixi Wang", affiliation: "Purdue University" }] },
          { title: "Optimal Approximation of High-dimensional Functions on Smooth Manifolds Using Deep ReLU Neural Networks", start: "2025-10-11T17:20:00-05:00", end: "2025-10-11T17:40:00-05:00", speakers: [{ name: "Ji Shi", affiliation: "University of Houston" }] },
          { title: "From Single to Multiple Kernels: Learning Interacting Particle Systems on Networks.", start: "2025-10-11T17:40:00-05:00", end: "2025-10-11T18:00:00-05:00", speakers: [{ name: "Quanjun Lang", affiliation: "Duke University" }] },
          { title: "Transformers for learning on noisy and task-level manifolds: Approximation and generalization insights", start: "2025-10-11T18:00:00-05:00", end: "2025-10-11T18:20:00-05:00", speakers: [{ name: "Zhaiming Shen", affiliation: "Georgia Institute of Technology" }] }
        ]
      }
    ]
  },
  {
    "minisymposium_title": "Computational Mathematics and related applications",
    "organizers": [
      { "name": "Ying Wang", "affiliation": "University of Oklahoma"}
    ],
    day: "",
    room: "SCEN 203",
    timezone: "America/Chicago",
    "talks": [
      {
        "title": "Mathematical model of how the  immune system fights  a viral infection",
        "speakers": [
          {
            "name": "Benito Chen-Charpentier",
            "affiliation": "University of Texas at Arlington"
          }
        ]
      },
      {
        "title": "Social Media Mobs as Epidemics: A Mathematical Approach to Narrative Spread",
        "speakers": [
          {
            "name": "Ahmed Al-Taweel",
            "affiliation": "Georgia Southern University"
          }
        ]
      },
      {
        "title": "Numerical studies to the Chaplygin gas equation",
        "speakers": [
          {
            "name": "Ying Wang",
            "affiliation": "University of Oklahoma"
          }
        ]
      },
      {
        "title": "Parameter-robust operator preconditioning for condensed hybridized systems",
        "speakers": [
          {
            "name": "Jeonghun J. Lee",
            "affiliation": "Baylor University"
          }
        ]
      },
      {
        "title": "Averaging in a Certain Almost Hamiltonian System with Singularities",
        "speakers": [
          {
            "name": "Alex Grigo",
            "affiliation": "University of Oklahoma"
          }
        ]
      },
      {
        "title": "Data assimilation and uncertainty quantification in molecular dynamics",
        "speakers": [
          {
            "name": "Anastasios Matzavinos",
            "affiliation": "Pontifical Catholic University of Chile"
          }
        ]
      },
      {
        "title": "Micro-macro decomposition schemes for the kinetic Vlasov system",
        "speakers": [
          {
            "name": "Joanna Held",
            "affiliation": "Iowa State University"
          }
        ],
        "abstract": "The numerical solution of the Vlasov family of kinetic equations is of interest in plasma physics applications. Modeling these systems present many challenges as they exist in a high-dimensional phase-space plus time. We are interested in applying a micro-macro decomposition method to the Vlasov equation paired with multiple collision operators in order to capture the important effect that collisions have in a plasma. The operators of interest include the famed Bhatnagar–Gross–Krook (BGK), Lenard-Bernstein operator (LBO), and the Fokker-Planck operator. We will walk through the decomposition method and some numerical results."
      },
      {
        "title": "A second-order accurate, positivity-preserving numerical scheme for the Poisson–Nernst–Planck–Navier–Stokes system",
        "speakers": [
          {
            "name": "Yuzhe Qin",
            "affiliation": "University of British Columbia"
          }
        ]
      }
    ],
    sessions: [
      {
        start: "2025-10-11T10:10:00-05:00",
        end: "2025-10-11T11:30:00-05:00",
        talks: [
          { title: "Parameter-robust operator preconditioning for condensed hybridized systems", start: "2025-10-11T10:10:00-05:00", end: "2025-10-11T10:30:00-05:00", speakers: [{ name: "Jeonghun J. Lee", affiliation: "Baylor University" }] },
          { title: "Data assimilation and uncertainty quantification in molecular dynamics", start: "2025-10-11T10:30:00-05:00", end: "2025-10-11T10:50:00-05:00", speakers: [{ name: "Anastasios Matzavinos", affiliation: "Pontifical Catholic University of Chile" }] },
          { title: "Social Media Mobs as Epidemics: A Mathematical Approach to Narrative Spread", start: "2025-10-11T10:50:00-05:00", end: "2025-10-11T11:10:00-05:00", speakers: [{ name: "Ahmed Al-Taweel", affiliation: "Georgia Southern University" }] },
          { title: "Averaging in a Certain Almost Hamiltonian System with Singularities", start: "2025-10-11T11:10:00-05:00", end: "2025-10-11T11:30:00-05:00", speakers: [{ name: "Alex Grigo", affiliation: "University of Oklahoma" }] }
        ]
      },
      {
        start: "2025-10-11T15:30:00-05:00",
        end: "2025-10-11T16:50:00-05:00",
        talks: [
          { title: "Mathematical model of how the  immune system fights  a viral infection", start: "2025-10-11T15:30:00-05:00", end: "2025-10-11T15:50:00-05:00", speakers: [{ name: "Benito Chen-Charpentier", affiliation: "University of Texas at Arlington" }] },
          { title: "Numerical studies to the Chaplygin gas equation", start: "2025-10-11T15:50:00-05:00", end: "2025-10-11T16:10:00-05:00", speakers: [{ name: "Ying Wang", affiliation: "University of Oklahoma" }] },
          { title: "Micro-macro decomposition schemes for the kinetic Vlasov system", start: "2025-10-11T16:10:00-05:00", end: "2025-10-11T16:30:00-05:00", speakers: [{ name: "Joanna Held", affiliation: "Iowa State University" }] },
          { title: "A second-order accurate, positivity-preserving numerical scheme for the Poisson–Nernst–Planck–Navier–Stokes system", start: "2025-10-11T16:30:00-05:00", end: "2025-10-11T16:50:00-05:00", speakers: [{ name: "Yuzhe Qin", affiliation: "University of British Columbia" }] }
        ]
      }
    ]
  },
  {
    "minisymposium_title": "Control and Stability of Fluids and Structures",
    "organizers": [
      { name: "Justin Webster", affiliation: "University of Maryland, Baltimore County"},
      { name: "Igor Kukavica", affiliation: "University of Southern California"}
    ],
    day: "",
    room: "SCEN 402",
    timezone: "America/Chicago",
    "talks": [
      {
        "title": "An Optimal Control Framework for Maxwell's Equations",
        "speakers": [
          {
            "name": "Xiang Wan",
            "affiliation": "Loyola University Chicago"
          }
        ]
      },
      {
        "title": "Chasing Traces: 25 years of Flow-Plate Interactions",
        "speakers": [
          {
            "name": "Justin T. Webster",
            "affiliation": "University of Maryland, Baltimore County"
          }
        ]
      },
      {
        "title": "Long-time behavior of fluid-structure interaction models",
        "speakers": [
          {
            "name": "Igor Kukavica",
            "affiliation": "University of Southern California"
          }
        ]
      },
      {
        "title": "Inviscid Fluid Interacting With Nonlinear Structure With Moving Boundary",
        "speakers": [
          {
            "name": "Abhishek Balakrishna",
            "affiliation": "University of Southern California"
          }
        ]
      },
      {
        "title": "Attractors for Second Order in Time Non-Conservative Dynamics with Nonlinear Damping",
        "speakers": [
          {
            "name": "Madhumita Roy",
            "affiliation": "North Carolina State University"
          }
        ]
      },
      {
        "title": "A BKM-type criterion for the Euler equations",
        "speakers": [
          {
            "name": "Mustafa Sencer Aydın",
            "affiliation": "University of Southern California"
          }
        ]
      },
      {
        "title": "Fluid-Plate Interaction with Square Root Damping and Bending Moment Operator at the Interface",
        "speakers": [
          {
            "name": "Rasika Mahawattege",
            "affiliation": "University of Maryland Baltimore County"
          }
        ]
      },
      {
        "title": "Flow-Induced Large Deflections of a Cantilever under Kutta–Joukowski Conditions",
        "speakers": [
          {
            "name": "Maria Deliyianni",
            "affiliation": "University of Arizona"
          }
        ]
      }
    ],
    sessions: [
      {
        start: "2025-10-11T10:10:00-05:00",
        end: "2025-10-11T11:10:00-05:00",
        talks: [
          { title: "An Optimal Control Framework for Maxwell's Equations", start: "2025-10-11T10:10:00-05:00", end: "2025-10-11T10:30:00-05:00", speakers: [{ name: "Xiang Wan", affiliation: "Loyola University Chicago" }] },
          { title: "Chasing Traces: 25 years of Flow-Plate Interactions", start: "2025-10-11T10:30:00-05:00", end: "2025-10-11T10:50:00-05:00", speakers: [{ name: "Justin T. Webster", affiliation: "University of Maryland, Baltimore County" }] },
          { title: "Long-time behavior of fluid-structure interaction models", start: "2025-10-11T10:50:00-05:00", end: "2025-10-11T11:10:00-05:00", speakers: [{ name: "Igor Kukavica", affiliation: "University of Southern California" }] },
          { title: "Inviscid Fluid Interacting With Nonlinear Structure With Moving Boundary", start: "2025-10-11T11:10:00-05:00", end: "2025-10-11T11:30:00-05:00", speakers: [{ name: "Abhishek Balakrishna", affiliation: "University of Southern California" }] }
        ]
      },
      {
        start: "2025-10-11T15:30:00-05:00",
        end: "2025-10-11T16:30:00-05:00",
        talks: [
          { title: "Attractors for Second Order in Time Non-Conservative Dynamics with Nonlinear Damping", start: "2025-10-11T15:30:00-05:00", end: "2025-10-11T15:50:00-05:00", speakers: [{ name: "Madhumita Roy", affiliation: "North Carolina State University" }] },
          { title: "A BKM-type criterion for the Euler equations", start: "2025-10-11T15:50:00-05:00", end: "2025-10-11T16:10:00-05:00", speakers: [{ name: "Mustafa Sencer Aydın", affiliation: "University of Southern California" }] },
          { title: "Fluid-Plate Interaction with Square Root Damping and Bending Moment Operator at the Interface", start: "2025-10-11T16:10:00-05:00", end: "2025-10-11T16:30:00-05:00", speakers: [{ name: "Rasika Mahawattege", affiliation: "University of Maryland Baltimore County" }] },
          { title: "Flow-Induced Large Deflections of a Cantilever under Kutta–Joukowski Conditions", start: "2025-10-11T16:30:00-05:00", end: "2025-10-11T16:50:00-05:00", speakers: [{ name: "Maria Deliyianni", affiliation: "University of Arizona" }] }
        ]
      }
    ]
  },
  {
    "minisymposium_title": "Infectious Disease in Space and Time: Advances in Mathematical Biology, Physiology, Public Health, and Spatial Analysis of Social Systems",
    "organizers": [
      { "name": "Folashade Agusto", "affiliation": "University of Kansas"},
      { "name": "Rana Parshad", "affiliation": "Iowa State University"}
    ],
    day: "",
    room: "SCEN 204",
    timezone: "America/Chicago",
    "talks": [
      {
        "title": "Spatio-temporal Analysis of Domestic Violence in Puerto Rico",
        "speakers": [
          {
            "name": "Phyllis Muniu",
            "affiliation": "University of Kansas"
          }
        ]
      },
      {
        "title": "Leveraging mobility data to understand COVID-19 Deaths in United States",
        "speakers": [
          {
            "name": "Folashade Agusto",
            "affiliation": "University of Kansas"
          }
        ]
      },
      {
        "title": "Bayesian Inference of MRSA Transmission in Drug-Using and Non–Drug-Using Patient Populations",
        "speakers": [
          {
            "name": "Kiel Corkran",
            "affiliation": "University of Missouri-Kansas City"
          }
        ]
      },
      {
        "title": "Analyzing Zoonotic Spillover Risk Under Extreme Weather Events Using a Deterministic and Stochastic Lotka-Volterra Modeling Approach",
        "speakers": [
          {
            "name": "Barsha Saha",
            "affiliation": "University of Missouri-Kansas City"
          }
        ]
      },
      {
        "title": "Higher Codimension Bogdanov-Takens Bifurcation in Predator-Prey Systems with Additional Food Supplementation and Predator Competition",
        "speakers": [
          {
            "name": "Kanishka Goyal",
            "affiliation": "Iowa State University"
          }
        ]
      },
      {
        "title": "An eco-epidemiological model with prey taxis and \"slow\" diffusion",
        "speakers": [
          {
            "name": "Rana Parshad",
            "affiliation": "Iowa State University"
          }
        ]
      },
      {
        "title": "Dual Control of Lyme Disease and Emerald Ash Borer Under Climatic Forcing: A Hybrid ODE–PDE Model with Lévy Noise",
        "speakers": [
          {
            "name": "Bani-Yaghoub Majid",
            "affiliation": "University of Missouri-Kansas City"
          }
        ]
      },
      {
        "title": "Spatial Pattern-Formation in Social-Ecological Systems",
        "speakers": [
          {
            "name": "Daniel Cooney",
            "affiliation": "University of Illinois Urbana-Champaign"
          }
        ]
      },
      {
        "title": "Complex Structure in the Endemic Equilibrium Set of an  SIS Epidemic Patch Model with the Mass-Action Infection Mechanism",
        "speakers": [
          {
            "name": "Rachidi Salako",
            "affiliation": "University of Nevada, Las Vegas"
          }
        ]
      },
      {
        "title": "Approximate Solutions for HIV Infection Dynamics via Legendre Collocation",
        "speakers": [
          {
            "name": "Beyza Cetin",
            "affiliation": "Missouri University of Science and Technology"
          }
        ],
        "abstract": "We propose a Legendre polynomial collocation framework for simulating an HIV infection model that tracks uninfected CD4⁺ T cells, productively infected cells, and free virions. The scheme computes a polynomial approximation of the solution via Legendre collocation and reconstructs the state variables by integrating this approximation consistent with the prescribed initial data. To provide a fair evaluation, we adopt benchmark parameter sets from the literature and compare against the Laplace--Adomian decomposition method, the variational iteration method, the modified VIM , and a classical Runge--Kutta solver. Even at modest polynomial degrees (e.g., N=8), Legendre collocation yields consistently smaller residuals of the governing equations for T, I, and V, and produces trajectories that closely track reference solutions. Accuracy is comparable to or better than competing approaches. These findings support Legendre collocation as a reliable, easy-to-implement alternative for precise simulation and benchmarking of nonlinear ODE systems in virus dynamics."
      },
      {
        "title": "Delayed human behavioral adaptation from information lag shapes epidemic wave dynamics",
        "speakers": [
          {
            "name": "Md Shahriar Mahmud",
            "affiliation": "Iowa State University"
          }
        ]
      },
      {
        "title": "Higher Codimension Bogdanov-Takens Bifurcation in Predator-Prey Systems with Additional Food Supplementation and Predator Competition",
        "speakers": [
          {
            "name": "Kanishka Goyal",
            "affiliation": "Iowa State University"
          }
        ]
      },
      {
        "title": "An eco-epidemiological model with prey taxis and \"slow\" diffusion",
        "speakers": [
          {
            "name": "Rana Parshad",
            "affiliation": "Iowa State University"
          }
        ]
      },
      {
        "title": "Dual Control of Lyme Disease and Emerald Ash Borer Under Climatic Forcing: A Hybrid ODE–PDE Model with Lévy Noise",
        "speakers": [
          {
            "name": "Bani Yaghoub",
            "affiliation": "University of Missouri-Kansas City"
          }
        ]
      }
    ],
    sessions: [
      {
        start: "2025-10-11T10:10:00-05:00",
        end: "2025-10-11T11:30:00-05:00",
        talks: [
          { title: "Spatio-temporal Analysis of Domestic Violence in Puerto Rico", start: "2025-10-11T10:10:00-05:00", end: "2025-10-11T10:30:00-05:00", speakers: [{ name: "Phyllis Muniu", affiliation: "University of Kansas" }] },
          { title: "Leveraging mobility data to understand COVID-19 Deaths in United States", start: "2025-10-11T10:30:00-05:00", end: "2025-10-11T10:50:00-05:00", speakers: [{ name: "Folashade Agusto", affiliation: "University of Kansas" }] },
          { title: "Bayesian Inference of MRSA Transmission in Drug-Using and Non–Drug-Using Patient Populations", start: "2025-10-11T10:50:00-05:00", end: "2025-10-11T11:10:00-05:00", speakers: [{ name: "Kiel Corkran", affiliation: "University of Missouri-Kansas City" }] },
          { title: "Analyzing Zoonotic Spillover Risk Under Extreme Weather Events Using a Deterministic and Stochastic Lotka-Volterra Modeling Approach", start: "2025-10-11T11:10:00-05:00", end: "2025-10-11T11:30:00-05:00", speakers: [{ name: "Barsha Saha", affiliation: "University of Missouri-Kansas City" }] }
        ]
      },
      {
        start: "2025-10-11T15:30:00-05:00",
        end: "2025-10-11T16:50:00-05:00",
        talks: [
          { title: "Higher Codimension Bogdanov-Takens Bifurcation in Predator-Prey Systems with Additional Food Supplementation and Predator Competition", start: "2025-10-11T15:30:00-05:00", end: "2025-10-11T15:50:00-05:00", speakers: [{ name: "Kanishka Goyal", affiliation: "Iowa State University" }] },
          { title: "An eco-epidemiological model with prey taxis and \"slow\" diffusion", start: "2025-10-11T15:50:00-05:00", end: "2025-10-11T16:10:00-05:00", speakers: [{ name: "Rana Parshad", affiliation: "Iowa State University" }] },
          { title: "Dual Control of Lyme Disease and Emerald Ash Borer Under Climatic Forcing: A Hybrid ODE–PDE Model with Lévy Noise", start: "2025-10-11T16:10:00-05:00", end: "2025-10-11T16:30:00-05:00", speakers: [{ name: "Majid Bani-Yaghoub", affiliation: "University of Missouri-Kansas City" }] },
          { title: "Spatial Pattern-Formation in Social-Ecological Systems", start: "2025-10-11T16:30:00-05:00", end: "2025-10-11T16:50:00-05:00", speakers: [{ name: "Daniel Cooney", affiliation: "University of Illinois Urbana-Champaign" }] }
        ]
      },
      {
        start: "2025-10-11T17:00:00-05:00",
        end: "2025-10-11T18:40:00-05:00",
        talks: [
          { title: "Complex Structure in the Endemic Equilibrium Set of an  SIS Epidemic Patch Model with the Mass-Action Infection Mechanism", start: "2025-10-11T17:00:00-05:00", end: "2025-10-11T17:20:00-05:00", speakers: [{ name: "Rachidi Salako", affiliation: "University of Nevada, Las Vegas" }] },
          { title: "Approximate Solutions for HIV Infection Dynamics via Legendre Collocation", start: "2025-10-11T17:20:00-05:00", end: "2025-10-11T17:40:00-05:00", speakers: [{ name: "Beyza Cetin", affiliation: "Missouri University of Science and Technology" }] },
          { title: "Delayed human behavioral adaptation from information lag shapes epidemic wave dynamics", start: "2025-10-11T17:40:00-05:00", end: "2025-10-11T18:00:00-05:00", speakers: [{ name: "Mahmud MD Shahriar", affiliation: "Iowa State University" }] }
        ]
      }
    ]
  },
  {
    "minisymposium_title": "Interactions among analysis optimization and network science",
    "organizers": [
      { "name": "Nathan Albin", "affiliation": "Kansas State University"},
      { "name": "Joan Lind", "affiliation": "University of Tennessee"},
      { "name": "Pietro Poggi-Corradini", "affiliation": "Kansas State University"}
    ],
    day: "",
    room: "SCEN 403",
    timezone: "America/Chicago",
    "talks": [
      {
        "title": "Large Deviations of Dyson-type Diffusions and Multiradial SLE(0+)",
        "speakers": [
          {
            "name": "Vivian Olsiewski Healey",
            "affiliation": "Texas State University"
          }
        ]
      },
      {
        "title": "A Data-Parsimonious Model for Long-Term Risk Assessments of West Nile Virus Spillover",
        "speakers": [
          {
            "name": "Saman Hosseini",
            "affiliation": "Kansas State University"
          }
        ]
      },
      {
        "title": "Discrete Quasiconformal Maps and PDE's on Graphs",
        "speakers": [
          {
            "name": "David Pechersky",
            "affiliation": "Beijing Institute of Mathematical Sciences and Applications (BIMSA)"
          }
        ]
      },
      {
        "title": "Pliability and Lusin Approximation for Curves in Carnot Groups",
        "speakers": [
          {
            "name": "Gareth Speight",
            "affiliation": "University of Cincinnati"
          }
        ]
      },
      {
        "title": "Machine Learning Approaches for the Detection of Acoustic Leaks in WAI Measurements",
        "speakers": [
          {
            "name": "Luca Capogna",
            "affiliation": "Smith College"
          }
        ]
      },
      {
        "title": "Topological Clustering and Beyond",
        "speakers": [
          {
            "name": "Farzana Nasrin",
            "affiliation": "University of Tennessee"
          }
        ]
      },
      {
        "title": "Graph iteration and combinatorial Julia sets",
        "speakers": [
          {
            "name": "Lukas Geyer",
            "affiliation": "Montana State University"
          }
        ]
      },
      {
        "title": "The Loewner equation and SLE",
        "speakers": [
          {
            "name": "Joan Lind",
            "affiliation": "University of Tennessee"
          }
        ]
      },
      {
        "title": "Semi-Supervised Relation Extraction Guided by Large Language Models",
        "speakers": [
          {
            "name": "Nikita Gautam",
            "affiliation": "Kansas State University"
          }
        ]
      },
      {
        "title": "Uncertainty Quantification in Computational Epidemiology: Methods and Applications",
        "speakers": [
          {
            "name": "Arash Latifi",
            "affiliation": "Kansas State University"
          }
        ]
      },
      {
        "title": "Epidemic Thresholds of SIS Dynamics on Temporal Multiplex Networks with Activity-Driven Layers.",
        "speakers": [
          {
            "name": "Matin Marjani",
            "affiliation": "Kansas State University"
          }
        ]
      },
      {
        "title": "Multi-Agent LLM Framework for Accelerated Epidemic Modeling Research",
        "speakers": [
          {
            "name": "Mohammad Hossein Samaei",
            "affiliation": "Kansas State University"
          }
        ]
      },
      {
        "title": "Modulus of hypertrees",
        "speakers": [
          {
            "name": "Huy Truong",
            "affiliation": "Kansas State University"
          }
        ]
      },
      {
        "title": "Operator-Theoretic Meal Detection: Windowed DMD, Stability Cues, and Translation to Closed-Loop Care",
        "speakers": [
          {
            "name": "Heman Shakeri",
            "affiliation": "School of Data Science, University of Virginia"
      }
    ]
  },
  {
        "title": "Modulus of families of measures and its applications",
        "speakers": [
          {
            "name": "Hrant Hakobyan",
            "affiliation": "Kansas State University"
          }
        ]
      }
    ],
    sessions: [
      {
        start: "2025-10-11T10:10:00-05:00",
        end: "2025-10-11T11:10:00-05:00",
        talks: [
          { title: "Operator-Theoretic Meal Detection: Windowed DMD, Stability Cues, and Translation to Closed-Loop Care", start: "2025-10-11T10:10:00-05:00", end: "2025-10-11T10:30:00-05:00", speakers: [{ name: "Heman Shakeri", affiliation: "School of Data Science, University of Virginia" }] },
          { title: "A Data-Parsimonious Model for Long-Term Risk Assessments of West Nile Virus Spillover", start: "2025-10-11T10:30:00-05:00", end: "2025-10-11T10:50:00-05:00", speakers: [{ name: "Saman Hosseini", affiliation: "Kansas State University" }] },
          { title: "Discrete Quasiconformal Maps and PDE's on Graphs", start: "2025-10-11T10:50:00-05:00", end: "2025-10-11T11:10:00-05:00", speakers: [{ name: "David Pechersky", affiliation: "Beijing Institute of Mathematical Sciences and Applications (BIMSA)" }] },
          { title: "Pliability and Lusin Approximation for Curves in Carnot Groups", start: "2025-10-11T11:10:00-05:00", end: "2025-10-11T11:30:00-05:00", speakers: [{ name: "Gareth Speight", affiliation: "University of Cincinnati" }] }
        ]
      },
      {
        start: "2025-10-11T15:30:00-05:00",
        end: "2025-10-11T16:30:00-05:00",
        talks: [
          { title: "Machine Learning Approaches for the Detection of Acoustic Leaks in WAI Measurements", start: "2025-10-11T15:30:00-05:00", end: "2025-10-11T15:50:00-05:00", speakers: [{ name: "Luca Capogna", affiliation: "Smith College" }] },
          { title: "Topological Clustering and Beyond", start: "2025-10-11T15:50:00-05:00", end: "2025-10-11T16:10:00-05:00", speakers: [{ name: "Farzana Nasrin", affiliation: "University of Tennessee" }] },
          { title: "Graph iteration and combinatorial Julia sets", start: "2025-10-11T16:10:00-05:00", end: "2025-10-11T16:30:00-05:00", speakers: [{ name: "Lukas Geyer", affiliation: "Montana State University" }] },
          { title: "The Loewner equation and SLE", start: "2025-10-11T16:30:00-05:00", end: "2025-10-11T16:50:00-05:00", speakers: [{ name: "Joan Lind", affiliation: "University of Tennessee" }] }
        ]
      },
      {
        start: "2025-10-11T17:00:00-05:00",
        end: "2025-10-11T18:00:00-05:00",
        talks: [
          { title: "Semi-Supervised Relation Extraction Guided by Large Language Models", start: "2025-10-11T17:00:00-05:00", end: "2025-10-11T17:20:00-05:00", speakers: [{ name: "Nikita Gautam", affiliation: "Kansas State University" }] },
          { title: "Uncertainty Quantification in Computational Epidemiology: Methods and Applications", start: "2025-10-11T17:20:00-05:00", end: "2025-10-11T17:40:00-05:00", speakers: [{ name: "Arash Latifi", affiliation: "Kansas State University" }] },
          { title: "Epidemic Thresholds of SIS Dynamics on Temporal Multiplex Networks with Activity-Driven Layers.", start: "2025-10-11T17:40:00-05:00", end: "2025-10-11T18:00:00-05:00", speakers: [{ name: "Matin Marjani", affiliation: "Kansas State University" }] },
          { title: "Multi-Agent LLM Framework for Accelerated Epidemic Modeling Research", start: "2025-10-11T18:00:00-05:00", end: "2025-10-11T18:20:00-05:00", speakers: [{ name: "Mohammad Hossein Samaei", affiliation: "Kansas State University" }] }
        ]
      },
      {
        start: "2025-10-12T10:10:00-05:00",
        end: "2025-10-12T11:10:00-05:00",
        talks: [
          { title: "Large Deviations of Dyson-type Diffusions and Multiradial SLE(0+)", start: "2025-10-12T10:10:00-05:00", end: "2025-10-12T10:30:00-05:00", speakers: [{ name: "Vivian Olsiewski Healey", affiliation: "Texas State University" }] },
          { title: "Modulus of hypertrees", start: "2025-10-12T10:30:00-05:00", end: "2025-10-12T10:50:00-05:00", speakers: [{ name: "Huy Truong", affiliation: "Kansas State University" }] },
          { title: "Modulus of families of measures and its applications", start: "2025-10-12T10:50:00-05:00", end: "2025-10-12T11:10:00-05:00", speakers: [{ name: "Hrant Hakobyan", affiliation: "Kansas State University" }] }
        ]
      }
    ]
  },
  {
    "minisymposium_title": "Mathematical Advances and Applications for High-Fidelity Numerical Simulation",
    "organizers": [
      { "name": "Yonghua Yan", "affiliation": "Jackson State University"},
      { "name": "Yong Yang", "affiliation": "West Texas A&M University"}
    ],
    day: "",
    room: "SCEN 201",
    timezone: "America/Chicago",
    "talks": [
      {
        "title": "Vortex Dynamics and Energy Trade-offs in Tandem and Multi-MVG Supersonic Flow Control",
        "speakers": [
          {
            "name": "Yong Yang, Caixia Chen",
            "affiliation": "West Texas A&M University, Jackson State University"
          }
        ]
      },
      {
        "title": "High-Fidelity Numerical Modeling of High-Speed Flows Using a Two-Step Compact Correction Approach",
        "speakers": [
          {
            "name": "Yonghua Yan, Yong Yang",
            "affiliation": "Jackson State University, West Texas A&M University"
          }
        ]
      },
      {
        "title": "Decomposition-Based Characterization of Vortex Structures in MVG-Controlled Supersonic Boundary Layers",
        "speakers": [
          {
            "name": "Joey Takei, Yonghua Yan, Caixia Chen",
            "affiliation": "Yale University, Jackson State University, Jackson State University"
          }
        ]
      },
      {
        "title": "A spatiotemporal decomposition-based prediction method for High-Speed Complex Fluid Dynamics",
        "speakers": [
          {
            "name": "Caixia Chen, Mai Al Shaaban, Yonghua Yan",
            "affiliation": "Jackson State University, Brandeis University, Jackson State University"
          }
        ]
      }
    ],
    sessions: [
      {
        start: "2025-10-12T10:10:00-05:00",
        end: "2025-10-12T11:10:00-05:00",
        talks: [
          { title: "Vortex Dynamics and Energy Trade-offs in Tandem and Multi-MVG Supersonic Flow Control", start: "2025-10-12T10:10:00-05:00", end: "2025-10-12T10:30:00-05:00", speakers: [{ name: "Yong Yang, Caixia Chen", affiliation: "West Texas A&M University, Jackson State University" }] },
          { title: "High-Fidelity Numerical Modeling of High-Speed Flows Using a Two-Step Compact Correction Approach", start: "2025-10-12T10:30:00-05:00", end: "2025-10-12T10:50:00-05:00", speakers: [{ name: "Yonghua Yan, Yong Yang", affiliation: "Jackson State University, West Texas A&M University" }] },
          { title: "Decomposition-Based Characterization of Vortex Structures in MVG-Controlled Supersonic Boundary Layers", start: "2025-10-12T10:50:00-05:00", end: "2025-10-12T11:10:00-05:00", speakers: [{ name: "Joey Takei, Yonghua Yan, Caixia Chen", affiliation: "Yale University, Jackson State University, Jackson State University" }] },
          { title: "A spatiotemporal decomposition-based prediction method for High-Speed Complex Fluid Dynamics", start: "2025-10-12T11:10:00-05:00", end: "2025-10-12T11:30:00-05:00", speakers: [{ name: "Caixia Chen, Mai Al Shaaban, Yonghua Yan", affiliation: "Jackson State University, Brandeis University, Jackson State University" }] }
        ]
      }
    ]
  },
  {
    "minisymposium_title": "Mathematical Modeling and Numerical Solvers in PDEs",
    "organizers": [
      { "name": "Yiran Wang", "affiliation": "The University of Alabama"}
    ],
    day: "",
    room: "SCEN 203",
    timezone: "America/Chicago",
    "talks": [
      {
        "title": "Reducing polynomial degree by one for inner-stage operators affects neither stability type nor accuracy order of the Runge--Kutta discontinuous Galerkin method",
        "speakers": [
          {
            "name": "Zheng Sun",
            "affiliation": "The University of Alabama"
          }
        ]
      },
      {
        "title": "Continuum-Based Stochastic Simulation Method for Reactive Microfluids",
        "speakers": [
          {
            "name": "Changho Kim",
            "affiliation": "University of California, Merced"
          }
        ]
      },
      {
        "title": "A Conservative and Positivity-Preserving Discontinuous Galerkin Method for the Population Balance Equation",
        "speakers": [
          {
            "name": "Ziyao Xu",
            "affiliation": "Binghamton University"
          }
        ]
      }
    ],
    sessions: [
      {
        start: "2025-10-11T17:00:00-05:00",
        end: "2025-10-11T18:00:00-05:00",
        talks: [
          { title: "Reducing polynomial degree by one for inner-stage operators affects neither stability type nor accuracy order of the Runge--Kutta discontinuous Galerkin method", start: "2025-10-11T17:00:00-05:00", end: "2025-10-11T17:20:00-05:00", speakers: [{ name: "Zheng Sun", affiliation: "The University of Alabama" }] },
          { title: "Continuum-Based Stochastic Simulation Method for Reactive Microfluids", start: "2025-10-11T17:20:00-05:00", end: "2025-10-11T17:40:00-05:00", speakers: [{ name: "Changho Kim", affiliation: "University of California, Merced" }] },
          { title: "A Conservative and Positivity-Preserving Discontinuous Galerkin Method for the Population Balance Equation", start: "2025-10-11T17:40:00-05:00", end: "2025-10-11T18:00:00-05:00", speakers: [{ name: "Ziyao Xu", affiliation: "Binghamton University" }] }
        ]
      }
    ]
  },
  {
    "minisymposium_title": "Mathematical Modeling in Biosciences",
    "organizers": [
      { "name": "Hongsong Feng", "affiliation": "University of North Carolina at Charlotte"},
      { "name": "Zhe Su", "affiliation": "Auburn University"}
    ],
    day: "",
    room: "SCEN 408",
    timezone: "America/Chicago",
    "talks": [
      {
        "title": "Poisson-Boltzmann theory for biomolecular electrostatics: Self-energies, regularization, and far-field approximation",
        "speakers": [
          {
            "name": "Shan Zhao",
            "affiliation": "The University of Alabama"
          }
        ]
      },
      {
        "title": "A simple two-phase model for simulating vesicle dynamics",
        "speakers": [
          {
            "name": "Shuwang Li",
            "affiliation": "Illinois Institute of Technology"
          }
        ]
      },
      {
        "title": "Constrained variational models of biomolecular solvation and their numerical implementation",
        "speakers": [
          {
            "name": "Zhan Chen",
            "affiliation": "Georgia Southern University"
          }
        ]
      },
      {
        "title": "Experimental and theoretical investigations of rotating algae biofilm reactors (RABRs): Areal productivity, nutrient recovery, and energy efficiency",
        "speakers": [
          {
            "name": "Jia Zhao",
            "affiliation": "University of Alabama"
          }
        ]
      },
      {
        "title": "Topological Machine Learning for Drug Discovery",
        "speakers": [
          {
            "name": "Baris Coskunuzer",
            "affiliation": "University of Texas at Dallas"
          }
        ]
      },
      {
        "title": "Topological and spatial imaging biomarkers for glioma survival prediction",
        "speakers": [
          {
            "name": "Chul Moon",
            "affiliation": "Southern Methodist University"
          }
        ]
      },
      {
        "title": "A DNN Biophysics Model with Topological and Electrostatic Features",
        "speakers": [
          {
            "name": "Weihua Geng",
            "affiliation": "Southern Methodist University"
          }
        ]
      },
      {
        "title": "Topological Data Analysis on Manifolds",
        "speakers": [
          {
            "name": "Zhe Su",
            "affiliation": "Auburn University"
          }
        ]
      },
      {
        "title": "Phase Field Modeling of  Dictyostelium Discoideum Chemotaxis",
        "speakers": [
          {
            "name": "Yanxiang Zhao",
            "affiliation": "George Washington University"
          }
        ]
      },
      {
        "title": "OTMol: Robust Molecular Structure Comparison via Optimal Transport",
        "speakers": [
          {
            "name": "Xiaoqi Wei",
            "affiliation": "North Carolina State University"
          }
        ]
      },
      {
        "title": "Analyzing Single-cell and Spatial Transcriptomics Data Using Optimal Transport",
        "speakers": [
          {
            "name": "Zixuan Cang",
            "affiliation": "North Carolina State University"
          }
        ],
        "abstract": "Single-cell and spatial transcriptomics data examines high-throughput gene expression profiles at fine resolutions providing an unprecedented opportunity to elucidate the underlying complex biological processes. Optimal transport has proven to be an effective tool for various applications with such data, such as multi-omics integration. In this talk, we will discuss several optimal transport variants motivated by the biological applications, where there are detailed application-specific constraints, multiple distribution species, and multiple embedding spaces of the same system. We will illustrate the applications of these tools for addressing multi-compatible molecular species in cell-cell communication analysis and devising coherent trajectories of the same biological system from multi-omics datasets."
      },
      {
        "title": "Computational Modeling of Anti-Amyloid-beta Antibody Therapies in Alzheimer's Disease",
        "speakers": [
          {
            "name": "Lida Rabiei",
            "affiliation": "Pennsylvania State University"
          }
        ]
      },
      {
        "title": "Structure analytics with polynomial encoding reveal mechanisms of R-loop formation",
        "speakers": [
          {
            "name": "Pengyu (Peter) Liu",
            "affiliation": "University of Rhode Island"
          }
        ]
      },
      {
        "title": "A Bubble Model for the Gating of Kv Channels",
        "speakers": [
          {
            "name": "Zilong Song",
            "affiliation": "Utah State University"
          }
        ]
      },
      {
        "title": "Graph and Geometry-Inspired Machine Learning Approaches for Molecular Interaction Prediction",
        "speakers": [
          {
            "name": "Md Masud Rana",
            "affiliation": "Kennesaw State University"
          }
        ]
      },
      {
        "title": "Mathematical AI models for drug discovery",
        "speakers": [
          {
            "name": "Hongsong Feng",
            "affiliation": "University of North Carolina at Charlotte"
          }
        ]
      }
    ]
    ,
    sessions: [
      {
        start: "2025-10-11T10:10:00-05:00",
        end: "2025-10-11T11:30:00-05:00",
        talks: [
          { title: "Poisson-Boltzmann theory for biomolecular electrostatics: Self-energies, regularization, and far-field approximation", start: "2025-10-11T10:10:00-05:00", end: "2025-10-11T10:30:00-05:00", speakers: [{ name: "Shan Zhao", affiliation: "The University of Alabama" }] },
          { title: "A simple two-phase model for simulating vesicle dynamics", start: "2025-10-11T10:30:00-05:00", end: "2025-10-11T10:50:00-05:00", speakers: [{ name: "Shuwang Li", affiliation: "Illinois Institute of Technology" }] },
          { title: "Constrained variational models of biomolecular solvation and their numerical implementation", start: "2025-10-11T10:50:00-05:00", end: "2025-10-11T11:10:00-05:00", speakers: [{ name: "Zhan Chen", affiliation: "Georgia Southern University" }] },
          { title: "Experimental and theoretical investigations of rotating algae biofilm reactors (RABRs): Areal productivity, nutrient recovery, and energy efficiency", start: "2025-10-11T11:10:00-05:00", end: "2025-10-11T11:30:00-05:00", speakers: [{ name: "Jia Zhao", affiliation: "University of Alabama" }] }
        ]
      },
      {
        start: "2025-10-11T15:30:00-05:00",
        end: "2025-10-11T16:50:00-05:00",
        talks: [
          { title: "Topological Machine Learning for Drug Discovery", start: "2025-10-11T15:30:00-05:00", end: "2025-10-11T15:50:00-05:00", speakers: [{ name: "Baris Coskunuzer", affiliation: "University of Texas at Dallas" }] },
          { title: "Topological and spatial imaging biomarkers for glioma survival prediction", start: "2025-10-11T15:50:00-05:00", end: "2025-10-11T16:10:00-05:00", speakers: [{ name: "Chul Moon", affiliation: "Southern Methodist University" }] },
          { title: "A DNN Biophysics Model with Topological and Electrostatic Features", start: "2025-10-11T16:10:00-05:00", end: "2025-10-11T16:30:00-05:00", speakers: [{ name: "Weihua Geng", affiliation: "Southern Methodist University" }] },
          { title: "Topological Data Analysis on Manifolds", start: "2025-10-11T16:30:00-05:00", end: "2025-10-11T16:50:00-05:00", speakers: [{ name: "Zhe Su", affiliation: "Auburn University" }] }
        ]
      },
      {
        start: "2025-10-11T17:00:00-05:00",
        end: "2025-10-11T18:20:00-05:00",
        talks: [
          { title: "Phase Field Modeling of  Dictyostelium Discoideum Chemotaxis", start: "2025-10-11T17:00:00-05:00", end: "2025-10-11T17:20:00-05:00", speakers: [{ name: "Yanxiang Zhao", affiliation: "George Washington University" }] },
          { title: "OTMol: Robust Molecular Structure Comparison via Optimal Transport", start: "2025-10-11T17:20:00-05:00", end: "2025-10-11T17:40:00-05:00", speakers: [{ name: "Xiaoqi Wei", affiliation: "North Carolina State University" }] },
          { title: "Analyzing Single-cell and Spatial Transcriptomics Data Using Optimal Transport", start: "2025-10-11T17:40:00-05:00", end: "2025-10-11T18:00:00-05:00", speakers: [{ name: "Zixuan Cang", affiliation: "North Carolina State University" }] },
          { title: "Computational Modeling of Anti-Amyloid-beta Antibody Therapies in Alzheimer's Disease", start: "2025-10-11T18:00:00-05:00", end: "2025-10-11T18:20:00-05:00", speakers: [{ name: "Lida Rabiei", affiliation: "Pennsylvania State University" }] }
        ]
      },
      {
        start: "2025-10-12T10:10:00-05:00",
        end: "2025-10-12T11:30:00-05:00",
        talks: [
          { title: "Structure analytics with polynomial encoding reveal mechanisms of R-loop formation", start: "2025-10-12T10:10:00-05:00", end: "2025-10-12T10:30:00-05:00", speakers: [{ name: "Pengyu (Peter) Liu", affiliation: "University of Rhode Island" }] },
          { title: "A Bubble Model for the Gating of Kv Channels", start: "2025-10-12T10:30:00-05:00", end: "2025-10-12T10:50:00-05:00", speakers: [{ name: "Zilong Song", affiliation: "Utah State University" }] },
          { title: "Graph and Geometry-Inspired Machine Learning Approaches for Molecular Interaction Prediction", start: "2025-10-12T10:50:00-05:00", end: "2025-10-12T11:10:00-05:00", speakers: [{ name: "Md Masud Rana", affiliation: "Kennesaw State University" }] },
          { title: "Mathematical AI models for drug discovery", start: "2025-10-12T11:10:00-05:00", end: "2025-10-12T11:30:00-05:00", speakers: [{ name: "Hongsong Feng", affiliation: "University of North Carolina at Charlotte" }] }
        ]
      }
    ]
  },
  {
    "minisymposium_title": "PDEs: Modelling Numerics and Applications",
    "organizers": [
      { "name": "James Liu", "affiliation": "Colorado State University"}
    ],
    day: "",
    room: "SCEN 205",
    timezone: "America/Chicago",
    "talks": [
      {
        "title": "Computation of instability-driven turbulent flows with front-tracking/ghost-fluid method",
        "speakers": [
          {
            "name": "Tulin Kaman",
            "affiliation": "University of Zurich and University of Arkansas"
          }
        ]
      },
      {
        "title": "A Priori and a Posteriori Error Estimate for Pressure Robust Schemes for Incompressible Flow",
        "speakers": [
          {
            "name": "Lin Mu",
            "affiliation": "University of Georgia"
          }
        ]
      },
      {
        "title": "Enriched immersed finite element methods for 3D interface problem with nonhomogeneous Jump",
        "speakers": [
          {
            "name": "Xu Zhang",
            "affiliation": "Oklahoma State University"
          }
        ],
        "abstract": "We present an enriched immersed finite element (IFE) method for 3D interface problems with general non-homogeneous jump conditions. Our approach introduces a homogenization concept, constructing trial functions from a standard homogeneous IFE space enriched by functions determined directly from jump data, without increasing degrees of freedom. The homogeneous IFE space is isomorphic to the standard finite element space, with stability independent of interface location. This property ensures optimal conditioning and enables a multigrid fast solver whose iteration counts remain independent of mesh size and interface position. Both theoretical analysis and numerical experiments confirm these advantages."
      },
      {
        "title": "General Numerical Framework for Structure-Preserving Reduced Order Models of Thermodynamically Consistent Reversible-Irreversible PDEs",
        "speakers": [
          {
            "name": "Jia Zhao",
            "affiliation": "University of Alabama"
          }
        ]
      },
      {
        "title": "Variational data assimilation with finite element discretization for second order parabolic interface equation",
        "speakers": [
          {
            "name": "Xiaoming He",
            "affiliation": "Missouri University of Science and Technology"
          }
        ]
      },
      {
        "title": "Numerical Analysis of a Second-Order Numerical Scheme for a sixth-order Cahn-Hilliard type Equation",
        "speakers": [
          {
            "name": "Natasha S. Sharma",
            "affiliation": "The University of Texas at El Paso"
          }
        ]
      },
      {
        "title": "Parameter-free regularization preconditioners for nearly singular poroelasticity problems",
        "speakers": [
          {
            "name": "Zhuoran Wang",
            "affiliation": "University of Kansas"
          }
        ]
      },
      {
        "title": "Well-balanced Any-order Numerical Solvers for Linear and Nonlinear Poroelasticity Based on Combination of BDF and Weak Galerkin",
        "speakers": [
          {
            "name": "James Liu",
            "affiliation": "Colorado State University"
          }
        ]
      }
    ],
    sessions: [
      {
        start: "2025-10-11T10:10:00-05:00",
        end: "2025-10-11T11:10:00-05:00",
        talks: [
          { title: "Computation of instability-driven turbulent flows with front-tracking/ghost-fluid method", start: "2025-10-11T10:10:00-05:00", end: "2025-10-11T10:30:00-05:00", speakers: [{ name: "Tulin Kaman", affiliation: "University of Zurich and University of Arkansas" }] },
          { title: "A Priori and a Posteriori Error Estimate for Pressure Robust Schemes for Incompressible Flow", start: "2025-10-11T10:30:00-05:00", end: "2025-10-11T10:50:00-05:00", speakers: [{ name: "Lin Mu", affiliation: "University of Georgia" }] },
          { title: "Enriched immersed finite element methods for 3D interface problem with nonhomogeneous Jump", start: "2025-10-11T10:50:00-05:00", end: "2025-10-11T11:10:00-05:00", speakers: [{ name: "Xu Zhang", affiliation: "Oklahoma State University" }] },
          { title: "Variational data assimilation with finite element discretization for second order parabolic interface equation", start: "2025-10-11T11:10:00-05:00", end: "2025-10-11T11:30:00-05:00", speakers: [{ name: "Xiaoming He", affiliation: "Missouri University of Science and Technology" }] }
        ]
      },
      {
        start: "2025-10-11T15:30:00-05:00",
        end: "2025-10-11T16:50:00-05:00",
        talks: [
          { title: "Well-balanced Any-order Numerical Solvers for Linear and Nonlinear Poroelasticity Based on Combination of BDF and Weak Galerkin", start: "2025-10-11T15:30:00-05:00", end: "2025-10-11T15:50:00-05:00", speakers: [{ name: "James Liu", affiliation: "Colorado State University" }] },
          { title: "General Numerical Framework for Structure-Preserving Reduced Order Models of Thermodynamically Consistent Reversible-Irreversible PDEs", start: "2025-10-11T15:50:00-05:00", end: "2025-10-11T16:10:00-05:00", speakers: [{ name: "Jia Zhao", affiliation: "University of Alabama" }] },
          { title: "Numerical Analysis of a Second-Order Numerical Scheme for a sixth-order Cahn-Hilliard type Equation", start: "2025-10-11T16:10:00-05:00", end: "2025-10-11T16:30:00-05:00", speakers: [{ name: "Natasha S. Sharma", affiliation: "The University of Texas at El Paso" }] },
          { title: "Parameter-free regularization preconditioners for nearly singular poroelasticity problems", start: "2025-10-11T16:30:00-05:00", end: "2025-10-11T16:50:00-05:00", speakers: [{ name: "Zhuoran Wang", affiliation: "University of Kansas" }] }
        ]
      }
    ]
  },
  {
    "minisymposium_title": "Recent advances in mathematics for scientific machine learning",
    "organizers": [
      { "name": "Ying Liang", "affiliation": "Duke University"},
      { "name": "Siu Wun Cheung", "affiliation": "Lawrence Livermore National Laboratory"}
    ],
    day: "",
    room: "SCEN 202",
    timezone: "America/Chicago",
    "talks": [
      {
        "title": "tLaSDI: Thermodynamics-informed latent space dynamics identification",
        "speakers": [
          {
            "name": "Siu Wun Cheung",
            "affiliation": "Lawrence Livermore National Laboratory"
          }
        ]
      },
      {
        "title": "Balancing Spectral Bias in PINNs via Loss Design",
        "speakers": [
          {
            "name": "Ying Liang",
            "affiliation": "Duke University"
          }
        ]
      },
      {
        "title": "Matrix analysis for shallow ReLU neural network least-squares approximations",
        "speakers": [
          {
            "name": "Tong Ding",
            "affiliation": "Purdue Univeristy"
          }
        ]
      },
      {
        "title": "Understanding In-Context Learning on Structured Manifolds: Bridging Attention to Kernel Methods",
        "speakers": [
          {
            "name": "Zhaiming Shen",
            "affiliation": "Georgia Institute of Technology"
          }
        ]
      }
    ],
    sessions: [
      {
        start: "2025-10-11T10:10:00-05:00",
        end: "2025-10-11T11:10:00-05:00",
        talks: [
          { title: "tLaSDI: Thermodynamics-informed latent space dynamics identification", start: "2025-10-11T10:10:00-05:00", end: "2025-10-11T10:30:00-05:00", speakers: [{ name: "Siu Wun Cheung", affiliation: "Lawrence Livermore National Laboratory" }] },
          { title: "Balancing Spectral Bias in PINNs via Loss Design", start: "2025-10-11T10:30:00-05:00", end: "2025-10-11T10:50:00-05:00", speakers: [{ name: "Ying Liang", affiliation: "Duke University" }] },
          { title: "Matrix analysis for shallow ReLU neural network least-squares approximations", start: "2025-10-11T10:50:00-05:00", end: "2025-10-11T11:10:00-05:00", speakers: [{ name: "Tong Ding", affiliation: "Purdue Univeristy" }] },
          { title: "Understanding In-Context Learning on Structured Manifolds: Bridging Attention to Kernel Methods", start: "2025-10-11T11:10:00-05:00", end: "2025-10-11T11:30:00-05:00", speakers: [{ name: "Zhaiming Shen", affiliation: "Georgia Institute of Technology" }] }
        ]
      }
    ]
  },
  {
    "minisymposium_title": "Recent Advances in Methods and Applications Related to PDEs",
    "organizers": [
      { "name": "Songting Luo", "affiliation": "Iowa State University"}, 
      { "name": "Youzou Lin", "affiliation": "UNC-Chapel Hill"}
    ],
    day: "",
    room: "SCEN 405",
    timezone: "America/Chicago",
    "talks": [
      {
        "title": "Structure-preserving discretization of the Poisson-Nernst-Planck Equations via the Onsager principle",
        "speakers": [
          {
            "name": "Qianyi Li",
            "affiliation": "Iowa State University"
          }
        ]
      },
      {
        "title": "Learning Generalized Diffusions using an Energetic Variational Approach",
        "speakers": [
          {
            "name": "Xiaofan Li",
            "affiliation": "Illinois Institute of Technology"
          }
        ]
      },
      {
        "title": "Uniformly Accurate High-Frequency Asymptotic Approximations for Helmholtz and Fractional Helmholtz Equations with Fox H-Functions",
        "speakers": [
          {
            "name": "Songting Luo",
            "affiliation": "Iowa State University"
          }
        ]
      },
      {
        "title": "Abstract Spectral Approximation Theories and Finite Element Methods for PDE Eigenvalue Problems",
        "speakers": [
          {
            "name": "Jiguang Sun",
            "affiliation": "Michigan Technological University"
          }
        ]
      },
      {
        "title": "A unifying equidistribution–alignment-based moving mesh method for curves, surfaces, and domains",
        "speakers": [
          {
            "name": "Weizhang Huang",
            "affiliation": "Department of Mathematics, University of Kansas"
          }
        ]
      },
      {
        "title": "Characterization of nonlinear objects in a waveguide using boundary scattering data",
        "speakers": [
          {
            "name": "Dinh-Liem Nguyen",
            "affiliation": "Kansas State University"
          }
        ]
      },
      {
        "title": "Finding Cheeger cuts via 1-Laplacian of graphs",
        "speakers": [
          {
            "name": "Wei Zhu",
            "affiliation": "University of Alabama"
          }
        ]
      },
      {
        "title": "Efficient high-order methods for wave propagation.",
        "speakers": [
          {
            "name": "Ian T. Morgan",
            "affiliation": "Iowa State University"
          }
        ]
      }
    ],
    sessions: [
      {
        start: "2025-10-11T10:10:00-05:00",
        end: "2025-10-11T11:30:00-05:00",
        talks: [
          { title: "A unifying equidistribution–alignment-based moving mesh method for curves, surfaces, and domains", start: "2025-10-11T10:10:00-05:00", end: "2025-10-11T10:30:00-05:00", speakers: [{ name: "Weizhang Huang", affiliation: "University of Kansas" }] },
          { title: "Abstract Spectral Approximation Theories and Finite Element Methods for PDE Eigenvalue Problems", start: "2025-10-11T10:30:00-05:00", end: "2025-10-11T10:50:00-05:00", speakers: [{ name: "Jiguang Sun", affiliation: "Michigan Technological University" }] },
          { title: "Finding Cheeger cuts via 1-Laplacian of graphs", start: "2025-10-11T10:50:00-05:00", end: "2025-10-11T11:10:00-05:00", speakers: [{ name: "Wei Zhu", affiliation: "University of Alabama" }] },
          { title: "Efficient high-order methods for wave propagation.", start: "2025-10-11T11:10:00-05:00", end: "2025-10-11T11:30:00-05:00", speakers: [{ name: "Ian Morgan", affiliation: "Iowa State University" }] }
        ]
      },
      {
        start: "2025-10-11T15:30:00-05:00",
        end: "2025-10-11T16:50:00-05:00",
        talks: [
          { title: "Learning Generalized Diffusions using an Energetic Variational Approach", start: "2025-10-11T15:30:00-05:00", end: "2025-10-11T15:50:00-05:00", speakers: [{ name: "Xiaofan Li", affiliation: "Illinois Institute of Technology" }] },
          { title: "Characterization of nonlinear objects in a waveguide using boundary scattering data", start: "2025-10-11T15:50:00-05:00", end: "2025-10-11T16:10:00-05:00", speakers: [{ name: "Dinh-Liem Nguyen", affiliation: "Kansas State University" }] },
          { title: "Structure-preserving discretization of the Poisson-Nernst-Planck Equations via the Onsager principle", start: "2025-10-11T16:10:00-05:00", end: "2025-10-11T16:30:00-05:00", speakers: [{ name: "Qianyi Li", affiliation: "Iowa State University" }] },
          { title: "Uniformly Accurate High-Frequency Asymptotic Approximations for Helmholtz and Fractional Helmholtz Equations with Fox H-Functions", start: "2025-10-11T16:30:00-05:00", end: "2025-10-11T16:50:00-05:00", speakers: [{ name: "Songting Luo", affiliation: "Iowa State University" }] }
        ]
      }
    ]
  },
  {
    "minisymposium_title": "Recent advances in numerical PDEs",
    "organizers": [
      { "name": "Xiaoming He", "affiliation": "Missouri University of Science and Technology"},
      { "name": "Xiaofeng Yang", "affiliation": "University of South Carolina"},
      { "name": "Pengtao Yue", "affiliation": "Virginia Tech"}
    ],
    day: "",
    room: "SCEN 406",
    timezone: "America/Chicago",
    "talks": [
      {
        "title": "High-Order Micro-Macro Decomposition Schemes for Kinetic Plasma Models",
        "speakers": [
          {
            "name": "James Rossmanith",
            "affiliation": "Iowa State University"
          }
        ]
      },
      {
        "title": "Continuous data assimilation by non-interpolant observables",
        "speakers": [
          {
            "name": "Vladimir Yushutin",
            "affiliation": "University of Tennessee, Knoxville"
          }
        ]
      },
      {
        "title": "A Dynamic Flux-Based Surrogate Approach to Interface Couplings Involving Full-Order Models and DMD-Based Surrogates",
        "speakers": [
          {
            "name": "Edward Huynh",
            "affiliation": "The University of Texas at Austin"
          }
        ]
      },
      {
        "title": "An Inverse Problem of Plasma Charging with Applications to Lunar Exploration",
        "speakers": [
          {
            "name": "Frank D. Han",
            "affiliation": "Missouri University of Science and Technology"
          }
        ]
      },
      {
        "title": "A second-order accurate, positivity-preserving numerical scheme for the Poisson–Nernst–Planck–Navier–Stokes system",
        "speakers": [
          {
            "name": "Yuzhe Qin",
            "affiliation": "University of British Columbia"
          }
        ]
      },
      {
        "title": "Semi-Lagrangian Discontinuous Galerkin Methods for Multiscale Vlasov-Poisson Systems",
        "speakers": [
          {
            "name": "Dauda Gambo",
            "affiliation": "Iowa State University"
          }
        ]
      },
      {
        "title": "Error Analysis of An Upwind Weak Galerkin Finite Element Method for Time-Dependent Hyperbolic Problems",
        "speakers": [
          {
            "name": "Saqib Hussain",
            "affiliation": "Texas A&M International University"
          }
        ]
      },
      {
        "title": "Accelerating eigensolvers in variational form",
        "speakers": [
          {
            "name": "Sara Pollock",
            "affiliation": "University of Florida"
          }
        ]
      },
      {
        "title": "Finite element discretization of multiple-network poroelasticity with fluid transfer constraints",
        "speakers": [
          {
            "name": "Jeonghun J. Lee",
            "affiliation": "Baylor University"
          }
        ]
      }
    ],
    sessions: [
      {
        start: "2025-10-11T15:30:00-05:00",
        end: "2025-10-11T16:30:00-05:00",
        talks: [
          { title: "High-Order Micro-Macro Decomposition Schemes for Kinetic Plasma Models", start: "2025-10-11T15:30:00-05:00", end: "2025-10-11T15:50:00-05:00", speakers: [{ name: "James Rossmanith", affiliation: "Iowa State University" }] },
          { title: "Accelerating eigensolvers in variational form", start: "2025-10-11T15:50:00-05:00", end: "2025-10-11T16:10:00-05:00", speakers: [{ name: "Sara Pollock", affiliation: "University of Florida" }] },
          { title: "Continuous data assimilation by non-interpolant observables", start: "2025-10-11T16:10:00-05:00", end: "2025-10-11T16:30:00-05:00", speakers: [{ name: "Vladimir Yushutin", affiliation: "University of Tennessee, Knoxville" }] },
          { title: "An Inverse Problem of Plasma Charging with Applications to Lunar Exploration", start: "2025-10-11T16:30:00-05:00", end: "2025-10-11T16:50:00-05:00", speakers: [{ name: "Frank D. Han", affiliation: "Missouri University of Science and Technology" }] }
        ]
      },
      {
        start: "2025-10-11T17:00:00-05:00",
        end: "2025-10-11T18:20:00-05:00",
        talks: [
          { title: "Finite element discretization of multiple-network poroelasticity with fluid transfer constraints", start: "2025-10-11T17:00:00-05:00", end: "2025-10-11T17:20:00-05:00", speakers: [{ name: "Jeonghun J. Lee", affiliation: "Baylor University" }] },
          { title: "Error Analysis of An Upwind Weak Galerkin Finite Element Method for Time-Dependent Hyperbolic Problems", start: "2025-10-11T17:20:00-05:00", end: "2025-10-11T17:40:00-05:00", speakers: [{ name: "Saqib Hussain", affiliation: "Texas A&M International University" }] },
          { title: "Semi-Lagrangian Discontinuous Galerkin Methods for Multiscale Vlasov-Poisson Systems", start: "2025-10-11T17:40:00-05:00", end: "2025-10-11T18:00:00-05:00", speakers: [{ name: "Dauda Gambo", affiliation: "Iowa State University" }] },
          { title: "A Dynamic Flux-Based Surrogate Approach to Interface Couplings Involving Full-Order Models and DMD-Based Surrogates", start: "2025-10-11T18:00:00-05:00", end: "2025-10-11T18:20:00-05:00", speakers: [{ name: "Edward Huynh", affiliation: "The University of Texas at Austin" }] }
        ]
      }
    ]
  },
  {
    "minisymposium_title": "Recent Advances in Scientific Machine Learning",
    "organizers": [
      { "name": "Shuhao Cao", "affiliation": "UMKC"},
      { "name": "Rongjie Lai", "affiliation": "Purdue University"},
      { "name": "Jue Yan", "affiliation": "Iowa State University"},
      { "name": "Qingguo Hong", "affiliation": "Missouri University of Science and Technology"}
    ],
    day: "",
    room: "SCEN 402",
    timezone: "America/Chicago",
    "talks": [
      {
        "title": "Physics-constrained generative artificial intelligence-enabled rapid engineering design",
        "speakers": [
          {
            "name": "Xiaosong Du",
            "affiliation": "Missouri University of Science and Technology"
          }
        ]
      },
      {
        "title": "Solver-in-the-Loop joint operator learning in PDE inverse problem",
        "speakers": [
          {
            "name": "Shuhao Cao",
            "affiliation": "UMKC"
          }
        ]
      },
      {
        "title": "Provable Nonlinear Regression In-Context",
        "speakers": [
          {
            "name": "Alex Hsu",
            "affiliation": "Purdue University"
          }
        ]
      },
      {
        "title": "Estimating Curvatures of Manifolds and Point Clouds by Closest Point Projection of Rays",
        "speakers": [
          {
            "name": "Liangchen Liu",
            "affiliation": "the University of Texas at Austin"
          }
        ]
      },
      {
        "title": "Conservative cell-average-based neural network method for nonlinear conservation laws",
        "speakers": [
          {
            "name": "Tyler Kroells",
            "affiliation": "Iowa State University"
          }
        ]
      }
    ],
    sessions: [
      {
        start: "2025-10-11T17:00:00-05:00",
        end: "2025-10-11T18:00:00-05:00",
        talks: [
          { title: "Physics-constrained generative artificial intelligence-enabled rapid engineering design", start: "2025-10-11T17:00:00-05:00", end: "2025-10-11T17:20:00-05:00", speakers: [{ name: "Xiaosong Du", affiliation: "Missouri University of Science and Technology" }] },
          { title: "Solver-in-the-Loop joint operator learning in PDE inverse problem", start: "2025-10-11T17:20:00-05:00", end: "2025-10-11T17:40:00-05:00", speakers: [{ name: "Shuhao Cao", affiliation: "UMKC" }] },
          { title: "Provable Nonlinear Regression In-Context", start: "2025-10-11T17:40:00-05:00", end: "2025-10-11T18:00:00-05:00", speakers: [{ name: "Alex Hsu", affiliation: "Purdue University" }] },
          { title: "Estimating Curvatures of Manifolds and Point Clouds by Closest Point Projection of Rays", start: "2025-10-11T18:00:00-05:00", end: "2025-10-11T18:20:00-05:00", speakers: [{ name: "Liangchen Liu", affiliation: "the University of Texas at Austin" }] }
        ]
      },
      {
        start: "2025-10-12T10:10:00-05:00",
        end: "2025-10-12T11:10:00-05:00",
        talks: [
          { title: "Conservative cell-average-based neural network method for nonlinear conservation laws", start: "2025-10-12T10:10:00-05:00", end: "2025-10-12T10:30:00-05:00", speakers: [{ name: "Ty Kroells", affiliation: "Iowa St University" }] },
          { title: "Physics-Informed Diffusion Models for Data Augmentation in Metal Additive Manufacturing", start: "2025-10-12T10:30:00-05:00", end: "2025-10-12T10:50:00-05:00", speakers: [{ name: "Hugo Rodriguez", affiliation: "Oklahoma State University" }] },
          { title: "A Generalized Energy-Based Adaptive Gradient Method for Optimization", start: "2025-10-12T10:50:00-05:00", end: "2025-10-12T11:10:00-05:00", speakers: [{ name: "Lin Feng", affiliation: "Iowa State University" }] }
        ]
      }
    ]
  },
  {
    "minisymposium_title": "Stochastic and dynamical models of brains and behavior",
    "organizers": [
      { "name": "Zachary Kilpatrick", "affiliation": "University of Colorado Boulder"},
      { "name": "Krešimir Josić", "affiliation": "University of Houston"}
    ],
    day: "",
    room: "SCEN 404",
    timezone: "America/Chicago",
    "talks": [
      {
        "title": "How groups decide without leaders in changing environment",
        "speakers": [
          {
            "name": "Hyunjoong Kim",
            "affiliation": "University of Cincinnati"
          }
        ]
      },
      {
        "title": "A unified approach to measuring proximity to criticality in neural systems",
        "speakers": [
          {
            "name": "Andrea Barreiro",
            "affiliation": "Southern Methodist University"
          }
        ]
      },
      {
        "title": "Are the differences between Parkinsonian and healthy subjects like other brain diseases?",
        "speakers": [
          {
            "name": "Cheng Ly",
            "affiliation": "Virginia Commonwealth University"
          }
        ]
      },
      {
        "title": "Defining and measuring proximity to criticality",
        "speakers": [
          {
            "name": "Sam Sooter",
            "affiliation": "University of Arkansas"
          }
        ]
      },
      {
        "title": "From Chaos to Coherence: Effects of High-Order Synaptic Correlations on Neural Dynamics",
        "speakers": [
          {
            "name": "Krešimir Josić",
            "affiliation": "University of Houston"
          }
        ]
      },
      {
        "title": "Arousal: how the brain controls its proximity to criticality",
        "speakers": [
          {
            "name": "Woodrow L. Shew",
            "affiliation": "University of Arkansas"
          }
        ]
      },
      {
        "title": "Spike-adding in bursting driven by slowly modulated rhythms",
        "speakers": [
          {
            "name": "Rodica Curtu",
            "affiliation": "Michigan Technological University"
          }
        ]
      },
      {
        "title": "Remember to Forget: Balancing Encoding and Removal Mechanisms in Working Memory",
        "speakers": [
          {
            "name": "Zachary Kilpatrick",
            "affiliation": "University of Colorado Boulder"
          }
        ],
        "abstract": "The maintenance of parametric variables in working memory is thought to rely on persistent cortical neural activity and short-term augmentation of connectivity. Mapping activity patterns according to cell feature preference reveals \"bumps\" predictive of behavioral responses and continuum neural field models are oft used to explore single-trial response errors in delayed estimation tasks. However, these models may ignore the removal of information and memory remnants that could impact subsequent trials. Inspired by data on forgetting, we mechanistically model intertrial activity where we incorporate (1) passive forgetting via increased internal noise to 'clear the slate,' (2) an active forgetting variable for more conscious task-dependent removal of information, (3) the possibility of 'overwriting' prior memories, and (4) short-term presynaptic facilitation that allows for ghosts of information to linger. Through this tunable model, we study sequences of trials and compare with behavioral data to explore how balancing these mechanisms may improve/worsen response errors."
      }
    ],
    sessions: [
      {
        start: "2025-10-11T15:30:00-05:00",
        end: "2025-10-11T16:50:00-05:00",
        talks: [
          { title: "How groups decide without leaders in changing environment", start: "2025-10-11T15:30:00-05:00", end: "2025-10-11T15:50:00-05:00", speakers: [{ name: "Hyunjoong Kim", affiliation: "University of Cincinnati" }] },
          { title: "A unified approach to measuring proximity to criticality in neural systems", start: "2025-10-11T15:50:00-05:00", end: "2025-10-11T16:10:00-05:00", speakers: [{ name: "Andrea Barreiro", affiliation: "Southern Methodist University" }] },
          { title: "Are the differences between Parkinsonian and healthy subjects like other brain diseases?", start: "2025-10-11T16:10:00-05:00", end: "2025-10-11T16:30:00-05:00", speakers: [{ name: "Cheng Ly", affiliation: "Virginia Commonwealth University" }] },
          { title: "From Chaos to Coherence: Effects of High-Order Synaptic Correlations on Neural Dynamics", start: "2025-10-11T16:30:00-05:00", end: "2025-10-11T16:50:00-05:00", speakers: [{ name: "Krešimir Josić", affiliation: "University of Houston" }] }
        ]
      },
      {
        start: "2025-10-11T17:00:00-05:00",
        end: "2025-10-11T18:20:00-05:00",
        talks: [
          { title: "Disentangling bidirectional astrocyte-neuron interactions during learned behavior", start: "2025-10-11T17:00:00-05:00", end: "2025-10-11T17:20:00-05:00", speakers: [{ name: "Sam Sooter", affiliation: "University of Arkansas" }] },
          { title: "Arousal: how the brain controls its proximity to criticality", start: "2025-10-11T17:20:00-05:00", end: "2025-10-11T17:40:00-05:00", speakers: [{ name: "Woodrow L. Shew", affiliation: "University of Arkansas" }] },
          { title: "Spike-adding in bursting driven by slowly modulated rhythms", start: "2025-10-11T17:40:00-05:00", end: "2025-10-11T18:00:00-05:00", speakers: [{ name: "Rodica Curtu", affiliation: "Michigan Technological University" }] },
          { title: "Remember to Forget: Balancing Encoding and Removal Mechanisms in Working Memory", start: "2025-10-11T18:00:00-05:00", end: "2025-10-11T18:20:00-05:00", speakers: [{ name: "Zachary Kilpatrick", affiliation: "University of Colorado Boulder" }] }
        ]
      }
    ]
  },
  {
    "minisymposium_title": "Student Chapter Research Presentations",
    "organizers": [
      { "name": "Tulin Kaman", "affiliation": "University of Arkansas"},
      { "name": "Irina Afanasyeva", "affiliation": "University of Arkansas"},
      { "name": "Haridas Das", "affiliation": "Oklahoma State University"}
    ],
    day: "",
    room: "SCEN 407",
    timezone: "America/Chicago",
    "talks": [
      {
        "title": "Numerical solution to the three-dimensional $p$-Laplace equation: Finite difference methods and biological applications",
        "speakers": [
          {
            "name": "Matthias Dogbatsey",
            "affiliation": "The University of Alabama"
          }
        ]
      },
      {
        "title": "Identifying drug targets with a reduced model for competitive inhibitor stimulation",
        "speakers": [
          {
            "name": "Garrett Young",
            "affiliation": "University of Iowa"
          }
        ]
      },
      {
        "title": "Fast Updating of Low-Rank Factorizations",
        "speakers": [
          {
            "name": "Kamrun Nahar Keya",
            "affiliation": "Arizona State University"
          }
        ]
      },
      {
        "title": "Diffusive-interface size-modified Poisson-Boltzmann models: Ion-size effects",
        "speakers": [
          {
            "name": "Md Borhan Uddin",
            "affiliation": "The University of Alabama"
          }
        ]
      },
      {
        "title": "Improving Model Predictions: ALFFI for In-Depth Uncertainty Analysis in SIR Parameter Estimation",
        "speakers": [
          {
            "name": "Madison Pratt",
            "affiliation": "University of Tennessee, Knoxville"
          }
        ]
      },
      {
        "title": "Limiting Strategies for High-Order Discontinuous Galerkin Methods Based on Entropy Dissipation",
        "speakers": [
          {
            "name": "Galiya Myrzabayeva",
            "affiliation": "Iowa State University"
          }
        ]
      },
      {
        "title": "Mathematical Modeling of Infectious Disease Dynamics Using SIR and SIRS Frameworks",
        "speakers": [
          {
            "name": "Anjuman Ara Rashid",
            "affiliation": "University of Arkansas, Fayetteville"
          }
        ]
      },
      {
        "title": "Manifold-Based Approaches to Dimensionality Reduction in Machine Learning",
        "speakers": [
          {
            "name": "Dalton Oxford",
            "affiliation": "University of Arkansas"
          }
        ]
      },
      {
        "title": "Positive-Preserving fPINNs with Modified Fast L1 Algorithm for Time-Fractional Convection-Diffusion Equations",
        "speakers": [
          {
            "name": "Yingli Li",
            "affiliation": "Colorado State University"
          }
        ],
        "abstract": "Fractional partial differential equations (fPDEs) are powerful tools for modeling anomalous transport and memory-dependent processes, but their numerical solution remains challenging due to the nonlocal nature of fractional operators. While physics-informed neural networks (PINNs) offer a mesh-free alternative for solving PDEs, their fractional counterparts (fPINNs) face critical limitations: (1) high computational cost in evaluating fractional derivatives and (2) loss of solution positivity. To address these challenges, we propose a novel framework that integrates the modified fast L1 (MFL1) algorithm into fPINNs for solving time-fractional convection-diffusion equations, enabling efficient and robust computation of Caputo fractional derivatives, while preserving solution non-negativity—an essential property for physical consistency."
      },
      {
        "title": "Hermitian rank in ideal powers",
        "speakers": [
          {
            "name": "Abdullah Al Helal",
            "affiliation": "Oklahoma State University"
          }
        ]
      },
      {
        "title": "NEURAL SOLVER FOR WASSERSTEIN GEODESICS AND OPTIMAL TRANSPORT DYNAMICS",
        "speakers": [
          {
            "name": "Yan-Han Chen",
            "affiliation": "Iowa State University"
          }
        ]
      },
      {
        "title": "Complex Links, Multiplicities, and Applications in Topological Data Analysis",
        "speakers": [
          {
            "name": "Saayan Mukherjee",
            "affiliation": "Oklahoma State University"
          }
        ]
      }
    ],
    sessions: [
      {
        start: "2025-10-11T15:30:00-05:00",
        end: "2025-10-11T16:50:00-05:00",
        talks: [
          { title: "Positive-Preserving fPINNs with Modified Fast L1 Algorithm for Time-Fractional Convection-Diffusion Equations", start: "2025-10-11T15:30:00-05:00", end: "2025-10-11T15:50:00-05:00", speakers: [{ name: "Yingli Li", affiliation: "Colorado State University" }] },
          { title: "Numerical solution to the three-dimensional $p$-Laplace equation: Finite difference methods and biological applications", start: "2025-10-11T15:50:00-05:00", end: "2025-10-11T16:10:00-05:00", speakers: [{ name: "Matthias Dogbatsey", affiliation: "The University of Alabama" }] },
          { title: "Identifying drug targets with a reduced model for competitive inhibitor stimulation", start: "2025-10-11T16:10:00-05:00", end: "2025-10-11T16:30:00-05:00", speakers: [{ name: "Garrett Young", affiliation: "University of Iowa" }] },
          { title: "Fast Updating of Low-Rank Factorizations", start: "2025-10-11T16:30:00-05:00", end: "2025-10-11T16:50:00-05:00", speakers: [{ name: "Kamrun Nahar Keya", affiliation: "Arizona State University" }] }
        ]
      },
      {
        start: "2025-10-11T17:00:00-05:00",
        end: "2025-10-11T18:20:00-05:00",
        talks: [
          { title: "Diffusive-interface size-modified Poisson-Boltzmann models: Ion-size effects", start: "2025-10-11T17:00:00-05:00", end: "2025-10-11T17:20:00-05:00", speakers: [{ name: "Md Borhan Uddin", affiliation: "The University of Alabama" }] },
          { title: "Improving Model Predictions: ALFFI for In-Depth Uncertainty Analysis in SIR Parameter Estimation", start: "2025-10-11T17:20:00-05:00", end: "2025-10-11T17:40:00-05:00", speakers: [{ name: "Madison Pratt", affiliation: "University of Tennessee, Knoxville" }] },
          { title: "Limiting Strategies for High-Order Discontinuous Galerkin Methods Based on Entropy Dissipation", start: "2025-10-11T17:40:00-05:00", end: "2025-10-11T18:00:00-05:00", speakers: [{ name: "Galiya Myrzabayeva", affiliation: "Iowa State University" }] },
          { title: "Mathematical Modeling of Infectious Disease Dynamics Using SIR and SIRS Frameworks", start: "2025-10-11T18:00:00-05:00", end: "2025-10-11T18:20:00-05:00", speakers: [{ name: "Anjuman Ara Rashid", affiliation: "University of Arkansas, Fayetteville" }] }
        ]
      },
      {
        start: "2025-10-12T10:10:00-05:00",
        end: "2025-10-12T11:30:00-05:00",
        talks: [
          { title: "Manifold-Based Approaches to Dimensionality Reduction in Machine Learning", start: "2025-10-12T10:10:00-05:00", end: "2025-10-12T10:30:00-05:00", speakers: [{ name: "Dalton Oxford", affiliation: "University of Arkansas" }] },
          { title: "Hermitian rank in ideal powers", start: "2025-10-12T10:30:00-05:00", end: "2025-10-12T10:50:00-05:00", speakers: [{ name: "Abdullah Al Helal", affiliation: "Oklahoma State University" }] },
          { title: "NEURAL SOLVER FOR WASSERSTEIN GEODESICS AND OPTIMAL TRANSPORT DYNAMICS", start: "2025-10-12T10:50:00-05:00", end: "2025-10-12T11:10:00-05:00", speakers: [{ name: "Yan-Han Chen", affiliation: "Iowa State University" }] },
          { title: "Complex Links, Multiplicities, and Applications in Topological Data Analysis", start: "2025-10-12T11:10:00-05:00", end: "2025-10-12T11:30:00-05:00", speakers: [{ name: "Saayan Mukherjee", affiliation: "Oklahoma State University" }] }
        ]
      }
    ]
  },
  {
    "minisymposium_title": "Theoretical Analysis and Numerical Methods of PDEs and Data-Driven",
    "organizers": [
      { "name": "Qiao Zhuang", "affiliation": "University of Missouri-Kansas City"},
      { "name": "Changhong Mou", "affiliation": "Utah State University"}
    ],
    day: "",
    room: "SCEN 322",
    timezone: "America/Chicago",
    "talks": [
      {
        "title": "Neural POD: A Neural Operator for Functional Proper Orthogonal Decomposition",
        "speakers": [
          {
            "name": "Changhong Mou",
            "affiliation": "Utah State University"
          }
        ]
      },
      {
        "title": "Improved long time accuracy for Fluid Models using EMAC formulation",
        "speakers": [
          {
            "name": "Jorge Reyes",
            "affiliation": "Virginia Tech"
          }
        ]
      },
      {
        "title": "Time-periodic solution and its stability of a forced parabolic model",
        "speakers": [
          {
            "name": "TAIGE WANG",
            "affiliation": "University of Cincinnati"
          }
        ]
      },
      {
        "title": "Design and analysis of Geometry-Conforming immersed finite element methods for interface problems",
        "speakers": [
          {
            "name": "Haroun Meghaichi",
            "affiliation": "The Ohio State University"
          }
        ]
      },
      {
        "title": "Least-Squares Induced Higher-Degree Rectangular Immersed Finite Element Methods for Elliptic Interface Problems",
        "speakers": [
          {
            "name": "Qiao Zhuang",
            "affiliation": "University of Missouri-Kansas City"
          }
        ]
      },
      {
        "title": "Runge--Kutta discontinuous Galerkin methods for hyperbolic problems with generalized method of lines",
        "speakers": [
          {
            "name": "qifan chen",
            "affiliation": "The Ohio State University"
          }
        ]
      },
      {
        "title": "On the Probabilistic Approximation in Reproducing Kernel Hilbert Spaces",
        "speakers": [
          {
            "name": "Dongwei Chen",
            "affiliation": "Colorado State University"
          }
        ]
      },
      {
        "title": "Improved convergence of the Arrow–Hurwicz iteration for the Navier–Stokes equation via grad–div stabilization and Anderson acceleration",
        "speakers": [
          {
            "name": "Ahmed Zytoon",
            "affiliation": "Oklahoma State University"
          }
        ]
      }
    ],
    sessions: [
      {
        start: "2025-10-11T10:10:00-05:00",
        end: "2025-10-11T11:10:00-05:00",
        talks: [
          { title: "Neural POD: A Neural Operator for Functional Proper Orthogonal Decomposition", start: "2025-10-11T10:10:00-05:00", end: "2025-10-11T10:30:00-05:00", speakers: [{ name: "Changhong Mou", affiliation: "Utah State University" }] },
          { title: "Improved long time accuracy for Fluid Models using EMAC formulation", start: "2025-10-11T10:30:00-05:00", end: "2025-10-11T10:50:00-05:00", speakers: [{ name: "Jorge Reyes", affiliation: "Virginia Tech" }] },
          { title: "Time-periodic solution and its stability of a forced parabolic model", start: "2025-10-11T10:50:00-05:00", end: "2025-10-11T11:10:00-05:00", speakers: [{ name: "TAIGE WANG", affiliation: "University of Cincinnati" }] },
          { title: "Design and analysis of Geometry-Conforming immersed finite element methods for interface problems", start: "2025-10-11T11:10:00-05:00", end: "2025-10-11T11:30:00-05:00", speakers: [{ name: "Haroun Meghaichi", affiliation: "The Ohio State University" }] }
        ]
      },
      {
        start: "2025-10-11T15:30:00-05:00",
        end: "2025-10-11T16:30:00-05:00",
        talks: [
          { title: "Least-Squares Induced Higher-Degree Rectangular Immersed Finite Element Methods for Elliptic Interface Problems", start: "2025-10-11T15:30:00-05:00", end: "2025-10-11T15:50:00-05:00", speakers: [{ name: "Qiao Zhuang", affiliation: "University of Missouri-Kansas City" }] },
          { title: "Runge--Kutta discontinuous Galerkin methods for hyperbolic problems with generalized method of lines", start: "2025-10-11T15:50:00-05:00", end: "2025-10-11T16:10:00-05:00", speakers: [{ name: "qifan chen", affiliation: "The Ohio State University" }] },
          { title: "On the Probabilistic Approximation in Reproducing Kernel Hilbert Spaces", start: "2025-10-11T16:10:00-05:00", end: "2025-10-11T16:30:00-05:00", speakers: [{ name: "Dongwei Chen", affiliation: "Colorado State University" }] },
          { title: "Improved convergence of the Arrow–Hurwicz iteration for the Navier–Stokes equation via grad–div stabilization and Anderson acceleration", start: "2025-10-11T16:30:00-05:00", end: "2025-10-11T16:50:00-05:00", speakers: [{ name: "Ahmed Zytoon", affiliation: "Oklahoma State University" }] }
        ]
      }
    ]
  },
  {
    "minisymposium_title": "Adaptive mesh refinement for fluid flows",
    "organizers": [
      { "name": "James Burton", "affiliation": "University of Arkansas" }
    ],
    day: "",
    room: "SCEN 322",
    timezone: "America/Chicago",
    "talks": [
      {
        "title": "Vidyut3d: A performance portable adaptive mesh-based solver for non-equilibrium plasmas",
        "speakers": [
          { "name": "Hari Sitaraman", "affiliation": "" },
          { "name": "Nicholas Deak", "affiliation": "National Renewable Energy Laboratory" },
          { "name": "T Taneja", "affiliation": "University of Minnesota" }
        ]
      },
      {
        "title": "Leveraging AMR to enable high-fidelity simulations of reacting and multiphase flows in practical energy systems with the Pele suite",
        "speakers": [
          { "name": "Bruce A Perry", "affiliation": "National Renewable Energy Laboratory" },
          { "name": "David Montgomery", "affiliation": "National Renewable Energy Laboratory" },
          { "name": "Sreejtih Nadakkal Appukuttan", "affiliation": "National Renewable Energy Laboratory" },
          { "name": "Shashank Yellapantula", "affiliation": "National Renewable Energy Laboratory" },
          { "name": "Marc Day", "affiliation": "National Renewable Energy Laboratory" }
        ]
      },
      {
        "title": "High-Fidelity Simulations of Rayleigh–Taylor Instability Using Front-Tracking and Adaptive Mesh Refinement",
        "speakers": [
          { "name": "James Burton", "affiliation": "University of Arkansas" }
        ]
      }
    ],
    sessions: [
      {
        start: "2025-10-11T10:10:00-05:00",
        end: "2025-10-11T11:30:00-05:00",
        talks: [
          { title: "Vidyut3d: A performance portable adaptive mesh-based solver for non-equilibrium plasmas", start: "2025-10-11T10:10:00-05:00", end: "2025-10-11T10:40:00-05:00", speakers: [{ name: "Hari Sitaraman", affiliation: "" }, { name: "Nicholas Deak", affiliation: "National Renewable Energy Laboratory" }, { name: "T Taneja", affiliation: "University of Minnesota" }] },
          { title: "Leveraging AMR to enable high-fidelity simulations of reacting and multiphase flows in practical energy systems with the Pele suite", start: "2025-10-11T10:40:00-05:00", end: "2025-10-11T11:10:00-05:00", speakers: [{ name: "Bruce A Perry", affiliation: "National Renewable Energy Laboratory" }, { name: "David Montgomery", affiliation: "National Renewable Energy Laboratory" }, { name: "Sreejtih Nadakkal Appukuttan", affiliation: "National Renewable Energy Laboratory" }, { name: "Shashank Yellapantula", affiliation: "National Renewable Energy Laboratory" }, { name: "Marc Day", affiliation: "National Renewable Energy Laboratory" }] },
          { title: "High-Fidelity Simulations of Rayleigh–Taylor Instability Using Front-Tracking and Adaptive Mesh Refinement", start: "2025-10-11T11:10:00-05:00", end: "2025-10-11T11:30:00-05:00", speakers: [{ name: "James Burton", affiliation: "University of Arkansas" }] }
        ]
      }
    ]
  }
];
