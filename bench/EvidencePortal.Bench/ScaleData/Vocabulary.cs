namespace EvidencePortal.Bench.ScaleData;

/// <summary>
/// Words the generated studies are made of: the field's own vocabulary, so searches for ordinary terms,
/// very common words and short prefixes behave as they would on a large real collection.
/// </summary>
internal static class Vocabulary
{
    /// <summary>Ways a paper names each real intervention (by its slug); unknown slugs use the intervention's name.</summary>
    public static readonly Dictionary<string, string[]> InterventionPhrases = new(StringComparer.Ordinal)
    {
        ["horticulture"] = ["therapeutic gardening", "a community allotment project", "horticultural therapy", "green care"],
        ["sport-exercise"] = ["group football", "a walking group", "community exercise", "team sport", "park runs"],
        ["participatory-arts"] = ["participatory arts", "a community choir", "arts on prescription", "creative writing groups"],
        ["education-recovery-colleges"] = ["recovery college courses", "adult education", "peer-led recovery education"],
        ["clubhouses-occupation"] = ["clubhouse membership", "supported employment", "occupational therapy groups", "transitional employment"],
        ["volunteer-befriending"] = ["volunteer befriending", "one-to-one befriending", "telephone befriending", "a befriending scheme"],
        ["online-social-therapy"] = ["moderated online social therapy", "an online peer community", "digital social therapy"],
        ["digital-interventions"] = ["a smartphone app", "video-call support", "online social networking", "a digital inclusion programme"],
        ["social-skills-training"] = ["social skills training", "social cognition training", "cognitive remediation with social skills practice"],
        ["groups-4-health"] = ["Groups 4 Health", "a group-based social identity programme", "social identity groups"],
        ["peer-support"] = ["peer support", "peer-delivered self-management", "mutual support groups", "peer worker support"],
        ["social-network-interventions"] = ["a social network intervention", "network mapping with a key worker", "community navigators"],
        ["supported-socialisation"] = ["supported socialisation", "social recreation with a volunteer partner", "community participation support"],
        ["social-participation-reviews"] = ["social participation interventions", "interventions for social isolation", "community engagement approaches"],
    };

    public static readonly string[] Populations =
    [
        "people with schizophrenia", "adults with severe mental illness", "young people with first-episode psychosis",
        "older adults with depression", "people with bipolar disorder", "community mental health service users",
        "people with anxiety and depression", "veterans with post-traumatic stress", "people with a personality disorder diagnosis",
        "carers of people with psychosis", "women with postnatal depression", "refugees with mental health problems",
        "people in supported housing", "inpatients on acute psychiatric wards", "people with eating disorders",
        "students with common mental health problems", "people with long-term mental illness", "adults with autism and anxiety",
        "people recovering from psychosis", "men with depression living alone",
    ];

    public static readonly string[] Settings =
    [
        "community mental health teams", "primary care", "supported housing", "acute inpatient wards",
        "voluntary sector organisations", "online", "university counselling services", "early intervention in psychosis services",
        "day centres", "clubhouses", "public libraries and community centres", "secondary mental health services",
    ];

    public static readonly (string Name, int Weight)[] Countries =
    [
        ("United Kingdom", 30), ("United States", 18), ("Australia", 9), ("Canada", 7), ("Netherlands", 5), ("Germany", 4),
        ("Ireland", 3), ("Italy", 3), ("Spain", 2), ("Sweden", 2), ("Norway", 2), ("Denmark", 2), ("New Zealand", 2),
        ("Japan", 2), ("Hong Kong", 1), ("Brazil", 1), ("South Africa", 1), ("India", 2), ("Bosnia and Herzegovina", 1),
        ("Israel", 1), ("Switzerland", 1), ("Belgium", 1), ("France", 1), ("Multiple countries (review)", 4),
    ];

    public static readonly string[] Journals =
    [
        "BMC Psychiatry", "Psychiatric Services", "Social Psychiatry and Psychiatric Epidemiology", "Schizophrenia Bulletin",
        "British Journal of Psychiatry", "Journal of Mental Health", "Community Mental Health Journal", "Psychiatric Rehabilitation Journal",
        "International Journal of Social Psychiatry", "BMJ Open", "Health and Social Care in the Community", "Journal of Affective Disorders",
        "Early Intervention in Psychiatry", "Aging and Mental Health", "Occupational Therapy in Mental Health", "Arts and Health",
        "Journal of Psychiatric and Mental Health Nursing", "Frontiers in Psychiatry", "PLOS ONE", "Trials",
    ];

    public static readonly string[] Surnames =
    [
        "Smith", "Jones", "Williams", "Brown", "Taylor", "Davies", "Evans", "Wilson", "Thomas", "Roberts", "Johnson", "Lewis",
        "Walker", "Robinson", "Wood", "Thompson", "White", "Watson", "Jackson", "Wright", "Green", "Harris", "Cooper", "King",
        "Lee", "Martin", "Clarke", "James", "Morgan", "Hughes", "Edwards", "Hill", "Moore", "Clark", "Harrison", "Scott",
        "Young", "Morris", "Hall", "Ward", "Turner", "Carter", "Phillips", "Mitchell", "Patel", "Adams", "Campbell", "Anderson",
        "Allen", "Cook", "Bailey", "Parker", "Miller", "Davis", "Murphy", "Price", "Bell", "Baker", "Griffiths", "Kelly",
        "Simpson", "Marshall", "Collins", "Bennett", "Cox", "Richardson", "Fox", "Gray", "Rose", "Chapman", "Hunt", "Robertson",
        "Shaw", "Reynolds", "Lloyd", "Ellis", "Richards", "Russell", "Wilkinson", "Khan", "Graham", "Stewart", "Reid", "Murray",
        "Powell", "Palmer", "Holmes", "Rogers", "Stevens", "Walsh", "Hunter", "Thomson", "Matthews", "Ross", "Owen", "Mason",
        "Knight", "Kennedy", "Butler", "Saunders", "Okafor", "Nguyen", "Chen", "Wang", "Li", "Zhang", "Kim", "Park", "Sato",
        "Tanaka", "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "de Vries", "van Dijk",
        "Bakker", "Jansen", "Visser", "Rossi", "Russo", "Ferrari", "Esposito", "García", "Fernández", "González", "Rodríguez",
        "López", "Martínez", "Sánchez", "Pérez", "Silva", "Santos", "Oliveira", "Pereira", "Andersson", "Johansson", "Karlsson",
        "Nilsson", "Hansen", "Larsen", "Olsen", "Nielsen", "Murphy-O'Brien", "O'Connor", "McCarthy", "Byrne", "Ryan", "Doyle",
        "Cohen", "Levi", "Mizrahi", "Singh", "Kumar", "Sharma", "Gupta", "Mensah", "Adeyemi", "Nkosi", "Dlamini", "Hadžić",
        "Kovačević", "Novak", "Horvat", "Dubois", "Moreau", "Laurent", "Lefèvre", "Lloyd-Evans", "Webber", "Priebe", "Haslam",
    ];

    public static readonly string[] Comparators =
    [
        "usual care", "a waiting list", "an attention control", "treatment as usual", "a leaflet about local services",
        "standard community support",
    ];

    public static readonly string[] Themes =
    [
        "feeling accepted without having to explain their illness", "a reason to leave the house each week",
        "friendships that continued after the programme ended", "anxiety about meeting new people at first",
        "the value of shared experience", "practical help finding local groups", "a sense of belonging and purpose",
        "difficulty keeping up once sessions stopped", "trust built slowly with a consistent worker",
    ];

    public static readonly string[] Limitations =
    [
        "The sample was small and follow-up short.", "Outcomes were self-reported and assessors were not blinded.",
        "Many participants dropped out before follow-up.", "The comparison group received less contact time.",
        "Most included studies were at high risk of bias.", "Participants chose to take part, so they may have been more motivated.",
        "The setting was a single service, which limits how far the results travel.", "Effects were measured with several scales, not all validated.",
    ];
}
