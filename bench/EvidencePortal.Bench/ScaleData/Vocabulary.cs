namespace EvidencePortal.Bench.ScaleData;

/// <summary>
/// Words the generated studies are made of: the field's own vocabulary, so searches for ordinary terms,
/// very common words and short prefixes behave as they would on a large real collection. A study's particulars
/// are here; authors' surnames and the words of findings are in Vocabulary.Surnames.cs and Vocabulary.Findings.cs.
/// </summary>
internal static partial class Vocabulary
{
    /// <summary>Ways a paper names each real intervention (by its slug); unknown slugs use the intervention's
    /// name.</summary>
    public static readonly Dictionary<string, string[]> InterventionPhrases = new(StringComparer.Ordinal)
    {
        ["horticulture"] =
        [
            "therapeutic gardening",
            "a community allotment project",
            "horticultural therapy",
            "green care",
        ],
        ["sport-exercise"] = ["group football", "a walking group", "community exercise", "team sport", "park runs"],
        ["participatory-arts"] =
        [
            "participatory arts",
            "a community choir",
            "arts on prescription",
            "creative writing groups",
        ],
        ["education-recovery-colleges"] =
        [
            "recovery college courses",
            "adult education",
            "peer-led recovery education",
        ],
        ["clubhouses-occupation"] =
        [
            "clubhouse membership",
            "supported employment",
            "occupational therapy groups",
            "transitional employment",
        ],
        ["volunteer-befriending"] =
        [
            "volunteer befriending",
            "one-to-one befriending",
            "telephone befriending",
            "a befriending scheme",
        ],
        ["online-social-therapy"] =
        [
            "moderated online social therapy",
            "an online peer community",
            "digital social therapy",
        ],
        ["digital-interventions"] =
        [
            "a smartphone app",
            "video-call support",
            "online social networking",
            "a digital inclusion programme",
        ],
        ["social-skills-training"] =
        [
            "social skills training",
            "social cognition training",
            "cognitive remediation with social skills practice",
        ],
        ["groups-4-health"] = ["Groups 4 Health", "a group-based social identity programme", "social identity groups"],
        ["peer-support"] =
        [
            "peer support",
            "peer-delivered self-management",
            "mutual support groups",
            "peer worker support",
        ],
        ["social-network-interventions"] =
        [
            "a social network intervention",
            "network mapping with a key worker",
            "community navigators",
        ],
        ["supported-socialisation"] =
        [
            "supported socialisation",
            "social recreation with a volunteer partner",
            "community participation support",
        ],
        ["social-participation-reviews"] =
        [
            "social participation interventions",
            "interventions for social isolation",
            "community engagement approaches",
        ],
    };

    public static readonly string[] Populations =
    [
        "people with schizophrenia",
        "adults with severe mental illness",
        "young people with first-episode psychosis",
        "older adults with depression",
        "people with bipolar disorder",
        "community mental health service users",
        "people with anxiety and depression",
        "veterans with post-traumatic stress",
        "people with a personality disorder diagnosis",
        "carers of people with psychosis",
        "women with postnatal depression",
        "refugees with mental health problems",
        "people in supported housing",
        "inpatients on acute psychiatric wards",
        "people with eating disorders",
        "students with common mental health problems",
        "people with long-term mental illness",
        "adults with autism and anxiety",
        "people recovering from psychosis",
        "men with depression living alone",
    ];

    public static readonly string[] Settings =
    [
        "community mental health teams",
        "primary care",
        "supported housing",
        "acute inpatient wards",
        "voluntary sector organisations",
        "online",
        "university counselling services",
        "early intervention in psychosis services",
        "day centres",
        "clubhouses",
        "public libraries and community centres",
        "secondary mental health services",
    ];

    public static readonly (string Name, int Weight)[] Countries =
    [
        ("United Kingdom", 30),
        ("United States", 18),
        ("Australia", 9),
        ("Canada", 7),
        ("Netherlands", 5),
        ("Germany", 4),
        ("Ireland", 3),
        ("Italy", 3),
        ("Spain", 2),
        ("Sweden", 2),
        ("Norway", 2),
        ("Denmark", 2),
        ("New Zealand", 2),
        ("Japan", 2),
        ("Hong Kong", 1),
        ("Brazil", 1),
        ("South Africa", 1),
        ("India", 2),
        ("Bosnia and Herzegovina", 1),
        ("Israel", 1),
        ("Switzerland", 1),
        ("Belgium", 1),
        ("France", 1),
        ("Multiple countries (review)", 4),
    ];

    public static readonly string[] Journals =
    [
        "BMC Psychiatry",
        "Psychiatric Services",
        "Social Psychiatry and Psychiatric Epidemiology",
        "Schizophrenia Bulletin",
        "British Journal of Psychiatry",
        "Journal of Mental Health",
        "Community Mental Health Journal",
        "Psychiatric Rehabilitation Journal",
        "International Journal of Social Psychiatry",
        "BMJ Open",
        "Health and Social Care in the Community",
        "Journal of Affective Disorders",
        "Early Intervention in Psychiatry",
        "Aging and Mental Health",
        "Occupational Therapy in Mental Health",
        "Arts and Health",
        "Journal of Psychiatric and Mental Health Nursing",
        "Frontiers in Psychiatry",
        "PLOS ONE",
        "Trials",
    ];
}
