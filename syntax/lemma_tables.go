package syntax

// The word lists of the lemmatiser's rules: the irregular forms of English
// and the spellings of UD English EWT.

// verbForms are lemmas of verb forms whatever their tag: be, have and do,
// and the contracted forms of the web ("'re", "gon" of "gonna").
var verbForms = map[string]string{
	"is": "be", "'s": "be", "’s": "be", "`s": "be", "are": "be", "'re": "be", "’re": "be",
	"re": "be", "r": "be", "s": "be", "am": "be", "'m": "be", "’m": "be", "m": "be",
	"was": "be", "were": "be", "been": "be", "being": "be", "ai": "be",
	"has": "have", "have": "have", "'ve": "have", "’ve": "have", "ve": "have",
	"had": "have", "having": "have",
	"does": "do", "did": "do", "done": "do",
	"gon": "go", "wan": "want", "gim": "give", "lem": "let",
}

// modalLemmas are the contracted modals; the others are their own lemma.
var modalLemmas = map[string]string{
	"'ll": "will", "’ll": "will", "ll": "will", "wo": "will",
	"'d": "would", "’d": "would", "d": "would",
	"ca": "can", "sha": "shall",
}

// pastForms are the irregular past tenses and past participles of English.
var pastForms = map[string]string{
	"arose": "arise", "arisen": "arise", "awoke": "awake", "awoken": "awake",
	"bore": "bear", "born": "bear", "borne": "bear", "beat": "beat", "beaten": "beat",
	"became": "become", "began": "begin", "begun": "begin", "bent": "bend",
	"bet": "bet", "bid": "bid", "bit": "bite", "bitten": "bite", "bled": "bleed",
	"blew": "blow", "blown": "blow", "bound": "bind", "broke": "break",
	"broken": "break", "bred": "breed", "brought": "bring", "built": "build",
	"burnt": "burn", "burst": "burst", "bought": "buy", "cast": "cast",
	"caught": "catch", "chose": "choose", "chosen": "choose", "clung": "cling",
	"came": "come", "cost": "cost", "crept": "creep", "cut": "cut",
	"dealt": "deal", "dug": "dig", "dove": "dive", "drew": "draw", "drawn": "draw",
	"dreamt": "dream", "drank": "drink", "drunk": "drink", "drove": "drive",
	"driven": "drive", "ate": "eat", "eaten": "eat", "fell": "fall",
	"fallen": "fall", "fed": "feed", "felt": "feel", "fought": "fight",
	"found": "find", "fled": "flee", "flung": "fling", "flew": "fly",
	"flown": "fly", "forbade": "forbid", "forbidden": "forbid",
	"forgot": "forget", "forgotten": "forget", "forgave": "forgive",
	"forgiven": "forgive", "froze": "freeze", "frozen": "freeze", "got": "get",
	"gotten": "get", "gave": "give", "given": "give", "went": "go", "gone": "go",
	"ground": "grind", "grew": "grow", "grown": "grow", "hung": "hang",
	"heard": "hear", "hid": "hide", "hidden": "hide", "hit": "hit",
	"held": "hold", "hurt": "hurt", "kept": "keep", "knelt": "kneel",
	"knew": "know", "known": "know", "lay": "lie", "lain": "lie", "led": "lead",
	"leapt": "leap", "learnt": "learn", "left": "leave", "lent": "lend",
	"let": "let", "lit": "light", "lost": "lose", "made": "make",
	"meant": "mean", "met": "meet", "paid": "pay", "proven": "prove",
	"put": "put", "quit": "quit", "ran": "run", "rang": "ring", "rung": "ring",
	"rode": "ride", "ridden": "ride", "rose": "rise", "risen": "rise",
	"said": "say", "sang": "sing", "sung": "sing", "sank": "sink", "sunk": "sink",
	"sat": "sit", "saw": "see", "seen": "see", "sought": "seek", "sold": "sell",
	"sent": "send", "set": "set", "shook": "shake", "shaken": "shake",
	"shone": "shine", "shot": "shoot", "shown": "show", "sewn": "sew", "mown": "mow", "shrank": "shrink", "shrunk": "shrink",
	"shut": "shut", "slept": "sleep", "slid": "slide", "slung": "sling",
	"sown": "sow", "spoke": "speak", "spoken": "speak", "sped": "speed",
	"spent": "spend", "spilt": "spill", "spun": "spin", "spat": "spit",
	"split": "split", "spoilt": "spoil", "spread": "spread", "sprang": "spring",
	"sprung": "spring", "stood": "stand", "stole": "steal", "stolen": "steal",
	"stuck": "stick", "stung": "sting", "stank": "stink", "stunk": "stink",
	"strode": "stride", "struck": "strike", "stricken": "strike",
	"strove": "strive", "striven": "strive", "swore": "swear", "sworn": "swear",
	"swept": "sweep", "swam": "swim", "swum": "swim", "swung": "swing",
	"took": "take", "taken": "take", "taught": "teach", "tore": "tear",
	"torn": "tear", "told": "tell", "thought": "think", "threw": "throw",
	"thrown": "throw", "trod": "tread", "trodden": "tread",
	"understood": "understand", "woke": "wake", "woken": "wake", "wore": "wear",
	"worn": "wear", "wove": "weave", "woven": "weave", "wept": "weep",
	"won": "win", "wound": "wind", "wrung": "wring", "wrote": "write",
	"written": "write", "withdrew": "withdraw", "withdrawn": "withdraw",
}

// nounPlurals are the irregular plurals, and the plurals in -s the rules
// would cut wrongly.
var nounPlurals = map[string]string{
	"children": "child", "feet": "foot", "teeth": "tooth", "geese": "goose",
	"mice": "mouse", "lice": "louse", "oxen": "ox", "people": "people",
	"criteria": "criterion", "phenomena": "phenomenon", "alumni": "alumnus",
	"cacti": "cactus", "fungi": "fungus", "nuclei": "nucleus",
	"stimuli": "stimulus", "syllabi": "syllabus", "crises": "crisis",
	"theses": "thesis", "hypotheses": "hypothesis", "diagnoses": "diagnosis",
	"indices": "index", "appendices": "appendix", "matrices": "matrix",
	"vertices": "vertex", "quizzes": "quiz", "buses": "bus", "gases": "gas",
	"lenses": "lens", "viruses": "virus", "bonuses": "bonus",
	"campuses": "campus", "statuses": "status", "focuses": "focus",
	"censuses": "census", "surpluses": "surplus", "geniuses": "genius",
	"circuses": "circus", "choruses": "chorus", "species": "species",
	"series": "series", "means": "means", "news": "news", "lives": "life",
	"wives": "wife", "knives": "knife", "pence": "penny", "dice": "die",

	// -ie nouns, which the -ies rule would turn to -y.
	"movies": "movie", "cookies": "cookie", "calories": "calorie",
	"zombies": "zombie", "rookies": "rookie", "hippies": "hippie",
	"selfies": "selfie", "brownies": "brownie", "smoothies": "smoothie",
	"goalies": "goalie", "freebies": "freebie", "newbies": "newbie",
	"sweeties": "sweetie", "genies": "genie", "prairies": "prairie",
	"pixies": "pixie", "hoodies": "hoodie", "techies": "techie",
	"aussies": "aussie", "groupies": "groupie", "birdies": "birdie",

	// Plural-only nouns and senses, which EWT keeps in the plural.
	"regards": "regards", "troops": "troops", "politics": "politics",
	"supplies": "supplies", "grounds": "grounds", "clothes": "clothes",
	"goods": "goods", "headquarters": "headquarters", "thanks": "thanks",
	"contents": "contents", "manners": "manners", "whereabouts": "whereabouts",
	"finances": "finances", "pants": "pants", "jeans": "jeans",
	"proceedings": "proceedings", "savings": "savings", "specifics": "specifics",
	"economics": "economics", "genitals": "genitals", "surroundings": "surroundings",
	"remains": "remains", "trousers": "trousers", "scissors": "scissors",
	"sunglasses": "sunglasses", "earnings": "earnings", "panties": "panties",
	"shorts": "shorts", "physics": "physics", "mathematics": "mathematics",
	"athletics": "athletics", "electronics": "electronics", "genetics": "genetics",
	"dynamics": "dynamics", "logistics": "logistics", "statistics": "statistics",
	"outskirts": "outskirts", "odds": "odds",
}

// adjComparatives and advComparatives are the irregular comparatives and
// superlatives.
var (
	adjComparatives = map[string]string{
		"better": "good", "best": "good", "worse": "bad", "worst": "bad",
		"further": "far", "farther": "far", "furthest": "far", "farthest": "far",
	}
	advComparatives = map[string]string{
		"better": "well", "best": "well", "worse": "badly", "worst": "bad",
		"further": "far", "farther": "far", "furthest": "far", "farthest": "far",
	}
)

// pronLemmas are the lemmas of personal pronouns (PRP): the nominative, and
// the possessive determiner for independent possessives, as EWT has them.
var pronLemmas = map[string]string{
	"me": "I", "him": "he", "her": "she", "us": "we", "them": "they",
	"'em": "they", "em": "they", "mine": "my", "yours": "your", "hers": "her",
	"ours": "our", "theirs": "their", "'s": "we", "’s": "we", "s": "we",
	"u": "you", "ya": "you",
}

// punctLemmas normalises typographic quotes and dashes to ASCII.
var punctLemmas = map[string]string{
	"“": `"`, "”": `"`, "„": `"`, "‟": `"`, "″": `"`,
	"‘": "'", "’": "'", "‚": "'", "‛": "'",
	"’’": "''", "‘’": "''", "‘‘": "''",
	"—": "-", "–": "-", "―": "-", "‒": "-",
}

// numLemmas are the abbreviated numerals: "5m", "20k".
var numLemmas = map[string]string{
	"m": "million", "mn": "million", "k": "thousand", "b": "billion",
	"bn": "billion", "t": "trillion", "tn": "trillion",
}
