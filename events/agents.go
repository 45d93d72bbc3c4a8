package events

// agentWords are the words that name an actor by its sector alone, with
// the CAMEO agent code they give: "rebels" is REB, "the government" GOV.
// An agent word outside an actor mention becomes an actor of its own: with
// the country of an adjacent mention ("UN troops" IGOUNOMIL), of an "of" or
// "from" phrase ("dissidents from Egypt" EGYOPP, "the mayor of Nablus"
// PSEGOV), or else with "---" for an unknown country ("---REB"), as the
// Phoenix dictionaries code it. Words that are often adjectives
// ("military", "government") count only when no plain noun follows them.
var agentWords = []struct {
	word, code string
	adj        bool // also an adjective: needs a function word, verb or end after it
}{
	// government
	{"government", "GOV", true}, {"governments", "GOV", false}, {"authorities", "GOV", false},
	{"officials", "GOV", false}, {"ministers", "GOV", false}, {"mayor", "GOV", false},
	{"governor", "GOV", false}, {"cabinet", "GOV", true}, {"regime", "GOV", true},
	{"administration", "GOV", true}, {"junta", "GOV", true}, {"diplomats", "GOV", false}, {"diplomat", "GOV", false},
	{"envoys", "GOV", false}, {"ambassadors", "GOV", false},
	// military
	{"troops", "MIL", false}, {"soldiers", "MIL", false}, {"army", "MIL", true},
	{"military", "MIL", true}, {"forces", "MIL", false}, {"servicemen", "MIL", false},
	// police
	{"police", "COP", true}, {"policemen", "COP", false},
	// rebels
	{"rebels", "REB", false}, {"insurgents", "REB", false}, {"militants", "REB", false},
	{"guerrillas", "REB", false}, {"rebel", "REB", true}, {"insurgent", "REB", true},
	// legislature
	{"lawmakers", "LEG", false}, {"legislators", "LEG", false}, {"parliament", "LEG", true},
	{"congress", "LEG", true}, {"senators", "LEG", false}, {"congressmen", "LEG", false}, {"parliamentarians", "LEG", false},
	{"legislature", "LEG", true}, {"mps", "LEG", false},
	// opposition
	{"opposition", "OPP", true}, {"dissidents", "OPP", false}, {"activists", "OPP", false},
	{"demonstrators", "OPP", false},
	// civilians
	{"civilians", "CVL", false}, {"protesters", "CVL", false}, {"protestors", "CVL", false},
	{"residents", "CVL", false}, {"villagers", "CVL", false}, {"people", "CVL", false},
	// judiciary, media, education
	{"judges", "JUD", false}, {"prosecutors", "JUD", false}, {"court", "JUD", true},
	{"courts", "JUD", false}, {"journalists", "MED", false}, {"reporters", "MED", false}, {"media", "MED", true},
	{"farmers", "AGR", false}, {"peasants", "AGR", false}, {"workers", "LAB", false},
	{"unions", "LAB", false}, {"refugees", "REF", false}, {"migrants", "CVL", false},
	{"clerics", "REL", false}, {"priests", "REL", false}, {"monks", "REL", false},
	{"doctors", "HLH", false}, {"nurses", "HLH", false}, {"lawyers", "JUD", false},
	{"teachers", "EDU", false}, {"students", "EDU", false},
	// unidentified armed forces (CAMEO UAF: armed people of no known group)
	{"gunmen", "UAF", false}, {"gunman", "UAF", false}, {"assailants", "UAF", false},
	{"attackers", "UAF", false},
	// more armed and criminal groups, as the Phoenix agent table codes them
	// (FIGHTER, MILITIA, TERRORIST, JIHADIST: UAF; BANDIT, KIDNAPPER, PIRATE,
	// GANG: CRM; SEPARATIST: REB; EXTREMIST: RAD; RIOTER: OPP), in the
	// plural that names a group when no country is said
	{"fighters", "UAF", false}, {"militiamen", "UAF", false}, {"militias", "UAF", false},
	{"terrorists", "UAF", false}, {"jihadists", "UAF", false}, {"combatants", "UAF", false},
	{"mercenaries", "UAF", false}, {"bandits", "CRM", false}, {"kidnappers", "CRM", false},
	{"abductors", "CRM", false}, {"pirates", "CRM", false}, {"gangs", "CRM", false},
	{"gangsters", "CRM", false}, {"separatists", "REB", false}, {"extremists", "RAD", false},
	{"rioters", "OPP", false}, {"mob", "OPP", true}, {"mobs", "OPP", false},
	// a crowd named by its number alone is people (CVL), as "people" is:
	// "thousands marched through Paris", "tens of thousands rallied"; not
	// before "of", where the noun after names who ("hundreds of soldiers");
	// marchers are demonstrators; strikers, miners, dockers and seamen are
	// workers, as the Phoenix agents dictionary codes WORKER, LABORER and
	// STRIKING_WORKER (LAB)
	{"thousands", "CVL", false}, {"hundreds", "CVL", false}, {"marchers", "OPP", false},
	{"strikers", "LAB", false}, {"miners", "LAB", false}, {"dockworkers", "LAB", false},
	{"dockers", "LAB", false}, {"seamen", "LAB", false}, {"labourers", "LAB", false}, {"laborers", "LAB", false},
	// whom coercion most often names, as the Phoenix agents dictionary codes
	// them: an activist or a dissident (OPP), a blogger (MED): "police
	// detained a prominent activist"; not before a noun ("an activist
	// investor", "dissident Kurds")
	{"activist", "OPP", true}, {"dissident", "OPP", true}, {"blogger", "MED", false}, {"bloggers", "MED", false},
	// one soldier, policeman or journalist, as the Phoenix agents dictionary
	// codes the singular (SOLDIER, POLICE_OFFICER, JOURNALIST); not "protester",
	// which in the singular names a person more than a side
	{"soldier", "MIL", false}, {"policeman", "COP", false}, {"journalist", "MED", false},
	// a militia is armed men of no known group as militias are (UAF); youths
	// who riot or are shot at are civilians (CVL)
	{"militia", "UAF", true}, {"youths", "CVL", false},
	// the victims that reports of force and abuse name by who they are
	// (the nodoer task: "a woman was raped", "two girls were abducted"),
	// as the Phoenix agents dictionary codes WOMAN, WOMEN, GIRL, CHILD and
	// CHILDREN (CVL); only before a function word, a verb or the end, as
	// adjectives are ("women voters", "child labour" name no actor)
	{"woman", "CVL", true}, {"women", "CVL", true}, {"girl", "CVL", true}, {"girls", "CVL", true},
	{"child", "CVL", true}, {"children", "CVL", true},
}

// agentPairs are two-word agent phrases: the second word decides unless
// the pair says otherwise ("government forces" are MIL, "riot police" COP).
var agentPairs = []struct{ first, second, code string }{
	{"government", "forces", "MIL"}, {"government", "troops", "MIL"}, {"government", "officials", "GOV"},
	{"security", "forces", "MIL"}, {"security", "officials", "GOV"}, {"riot", "police", "COP"},
	{"police", "officers", "COP"}, {"police", "officer", "COP"}, {"armed", "forces", "MIL"}, {"rebel", "forces", "REB"},
	{"rebel", "fighters", "REB"}, {"opposition", "forces", "REB"}, {"military", "officials", "MIL"},
	{"defense", "officials", "MIL"}, {"defence", "officials", "MIL"}, {"prime", "minister", "GOV"},
	{"foreign", "minister", "GOV"}, {"opposition", "activists", "OPP"}, {"opposition", "supporters", "OPP"},
	{"army", "troops", "MIL"}, {"state", "media", "MED"}, {"peacekeeping", "troops", "MIL"},
	// a suicide bomber is an armed attacker of no known group (UAF); a
	// "bomber" alone is an aircraft (Phoenix: MIL)
	{"suicide", "bomber", "UAF"}, {"suicide", "bombers", "UAF"}, {"suicide", "attacker", "UAF"},
	{"suicide", "attackers", "UAF"},
	// Phoenix ARMED_MEN, ARMED_GROUP: armed people of no known group
	{"armed", "men", "UAF"}, {"armed", "man", "UAF"}, {"armed", "group", "UAF"}, {"armed", "groups", "UAF"},
	// leaders, groups and delegations of a sector, as the Phoenix agents
	// dictionary has them (REBEL_LEADER, OPPOSITION_PARTY, ...)
	{"rebel", "leader", "REB"}, {"rebel", "leaders", "REB"}, {"rebel", "group", "REB"}, {"rebel", "groups", "REB"},
	{"rebel", "commander", "REB"}, {"rebel", "commanders", "REB"}, {"opposition", "leader", "OPP"},
	{"opposition", "leaders", "OPP"}, {"opposition", "party", "OPP"}, {"opposition", "parties", "OPP"},
	{"government", "delegation", "GOV"}, {"army", "chief", "MIL"},
	// aircraft, helicopters, drones and tanks of a government, an army or a
	// military are its forces: "government aircraft bombed rebel positions"
	{"government", "aircraft", "MIL"}, {"government", "warplanes", "MIL"}, {"government", "jets", "MIL"},
	{"government", "helicopters", "MIL"}, {"government", "drones", "MIL"}, {"government", "tanks", "MIL"},
	{"army", "aircraft", "MIL"}, {"army", "helicopters", "MIL"}, {"army", "drones", "MIL"}, {"army", "tanks", "MIL"},
	{"military", "aircraft", "MIL"}, {"military", "helicopters", "MIL"}, {"military", "drones", "MIL"},
	{"military", "jets", "MIL"},
}

// crowdWords are the agent words that name a crowd by its number: before
// "of" the noun after them names who they are.
var crowdWords = map[string]bool{"thousands": true, "hundreds": true}
