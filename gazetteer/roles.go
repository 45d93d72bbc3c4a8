package gazetteer

// roles are the words that, after a country or demonym in the same noun
// phrase, make it a CAMEO actor with an agent code: "Russian troops" is
// RUSMIL, "China's foreign ministry" CHNGOV. Phrases are matched in any
// case, longest first.
var roles = []struct{ phrase, code string }{
	// government
	{"government", "GOV"}, {"governments", "GOV"}, {"govt", "GOV"},
	{"ministry", "GOV"}, {"ministries", "GOV"}, {"minister", "GOV"}, {"ministers", "GOV"},
	{"president", "GOV"}, {"prime minister", "GOV"}, {"premier", "GOV"},
	{"foreign ministry", "GOV"}, {"foreign minister", "GOV"}, {"foreign office", "GOV"},
	{"official", "GOV"}, {"officials", "GOV"},
	{"leadership", "GOV"}, {"authorities", "GOV"}, {"parliament", "GOV"},
	{"embassy", "GOV"}, {"diplomat", "GOV"}, {"diplomats", "GOV"},
	{"ambassador", "GOV"}, {"ambassadors", "GOV"}, {"envoy", "GOV"}, {"envoys", "GOV"}, {"cabinet", "GOV"}, {"secretary", "GOV"},
	{"administration", "GOV"}, {"state department", "GOV"}, {"delegation", "GOV"},
	{"regime", "GOV"}, {"central bank", "GOV"}, {"king", "GOV"}, {"monarch", "GOV"},
	// military
	{"army", "MIL"}, {"armies", "MIL"}, {"troops", "MIL"}, {"soldier", "MIL"}, {"soldiers", "MIL"},
	{"military", "MIL"}, {"forces", "MIL"}, {"armed forces", "MIL"}, {"navy", "MIL"},
	{"air force", "MIL"}, {"marines", "MIL"}, {"warships", "MIL"}, {"warplanes", "MIL"},
	{"defence ministry", "MIL"}, {"defense ministry", "MIL"},
	{"defence minister", "MIL"}, {"defense minister", "MIL"},
	{"defence secretary", "MIL"}, {"defense secretary", "MIL"},
	{"defense department", "MIL"}, {"defence department", "MIL"},
	// police
	{"police", "COP"}, {"policemen", "COP"}, {"police officers", "COP"},
	// rebels
	{"rebel", "REB"}, {"rebels", "REB"}, {"insurgents", "REB"}, {"militants", "REB"},
	{"guerrillas", "REB"},
	// opposition
	{"opposition", "OPP"}, {"dissidents", "OPP"},
	// civilians
	{"protesters", "CVL"}, {"protestors", "CVL"}, {"demonstrators", "OPP"},
	{"students", "CVL"}, {"civilians", "CVL"}, {"people", "CVL"}, {"citizens", "CVL"},
	{"residents", "CVL"},
	// business
	{"business", "BUS"}, {"businesses", "BUS"}, {"company", "BUS"}, {"companies", "BUS"},
	{"firm", "BUS"}, {"firms", "BUS"}, {"banks", "BUS"}, {"exporters", "BUS"},
	{"importers", "BUS"}, {"producers", "BUS"}, {"industry", "BUS"},
	// media
	{"media", "MED"}, {"state media", "MED"}, {"newspaper", "MED"}, {"newspapers", "MED"},
	{"news agency", "MED"}, {"television", "MED"}, {"state television", "MED"},
	// judiciary, labour, agriculture
	{"court", "JUD"}, {"courts", "JUD"}, {"supreme court", "JUD"}, {"judge", "JUD"}, {"judges", "JUD"},
	{"workers", "LAB"}, {"unions", "LAB"}, {"farmers", "AGR"},
	// legislature, opposition, business (Phoenix agent codes)
	{"lawmakers", "LEG"}, {"lawmaker", "LEG"}, {"legislators", "LEG"}, {"legislator", "LEG"},
	{"senators", "LEG"}, {"senator", "LEG"}, {"parliamentarians", "LEG"}, {"mps", "LEG"},
	{"congressmen", "LEG"}, {"legislature", "LEG"},
	{"activists", "OPP"}, {"dissident", "OPP"}, {"demonstrator", "OPP"},
	{"airline", "BUS"}, {"airlines", "BUS"},
	{"mayor", "GOV"}, {"governor", "GOV"},
	{"policeman", "COP"},
	{"prosecutor", "JUD"}, {"prosecutors", "JUD"},
	{"journalists", "MED"}, {"journalist", "MED"},
}

// phraseBreakers end the noun phrase after a country: a role word after
// one of them belongs to something else ("China said its troops").
var phraseBreakers = []string{
	"and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with",
	"that", "which", "who", "whom", "whose", "the", "a", "an", "this", "these", "those",
	"its", "his", "her", "their", "our", "my", "your", "it", "they", "he", "she", "we",
	"you", "i", "said", "says", "say", "told", "tells", "has", "have", "had", "is", "are",
	"was", "were", "be", "been", "being", "will", "would", "could", "should", "may",
	"might", "can", "must", "shall", "did", "does", "do", "not", "no", "as", "than", "if",
	"after", "before", "when", "while", "also", "against", "over", "into", "about",
	"between", "since", "until", "amid", "during", "under", "across", "through",
	"sent", "sends", "send", "met", "meet", "meets", "urged", "urges", "called", "calls",
	"accused", "accuses", "attacked", "attacks", "killed", "kills",
}

// phraseAdjectives may stand, lower case, between a country name (not a
// demonym and without "'s") and its role word: "U.S. special forces".
var phraseAdjectives = []string{
	"special", "armed", "security", "state", "elite", "naval", "senior", "top", "former",
	"new", "local", "federal", "national", "central", "interim", "transitional", "acting",
	"deputy", "foreign", "defence", "defense", "finance", "interior", "trade", "economy",
	"justice", "health", "energy", "ground", "peacekeeping", "government", "military",
	"opposition", "rebel", "riot", "border", "coast", "chief", "junior", "vice",
}
