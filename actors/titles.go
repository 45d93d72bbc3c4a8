package actors

import (
	"strings"

	"dyad/internal/fold"
)

// titles are the words before a name that imply a role: with a known name
// the person's dated code applies; with an unknown name after a country or
// demonym ("Russian President X"), the country's code with the agent. An
// honorific has no agent: it only joins a known name ("Mr. Putin"). Titles
// match in any case.
var titleList = []struct{ phrase, agent, role string }{
	{"President", "GOV", "president"}, {"Pres.", "GOV", "president"},
	{"Vice President", "GOV", "vice president"}, {"Vice-President", "GOV", "vice president"},
	{"Prime Minister", "GOV", "prime minister"}, {"Premier", "GOV", "prime minister"},
	{"PM", "GOV", "prime minister"},
	{"Deputy Prime Minister", "GOV", "deputy prime minister"},
	{"Foreign Minister", "GOV", "foreign minister"}, {"Foreign Secretary", "GOV", "foreign minister"},
	{"Foreign Affairs Minister", "GOV", "foreign minister"},
	{"Minister of Foreign Affairs", "GOV", "foreign minister"},
	{"Secretary of State", "GOV", "foreign minister"},
	{"Defence Minister", "MIL", "defence minister"}, {"Defense Minister", "MIL", "defence minister"},
	{"Defence Secretary", "MIL", "defence minister"}, {"Defense Secretary", "MIL", "defence minister"},
	{"Minister of Defence", "MIL", "defence minister"}, {"Minister of Defense", "MIL", "defence minister"},
	{"Secretary of Defense", "MIL", "defence minister"}, {"War Secretary", "MIL", "defence minister"},
	{"Interior Minister", "GOV", "interior minister"}, {"Finance Minister", "GOV", "finance minister"},
	{"Trade Minister", "GOV", "minister"}, {"Economy Minister", "GOV", "minister"},
	{"Minister", "GOV", "minister"}, {"Chancellor", "GOV", "chancellor"},
	{"King", "GOV", "king"}, {"Queen", "GOV", "queen"}, {"Emir", "GOV", "emir"},
	{"Crown Prince", "GOV", "crown prince"}, {"Sultan", "GOV", "sultan"},
	{"Supreme Leader", "GOV", "supreme leader"}, {"Ayatollah", "GOV", "supreme leader"},
	{"General", "MIL", "general"}, {"Gen.", "MIL", "general"},
	{"Lieutenant General", "MIL", "general"}, {"Lt. Gen.", "MIL", "general"},
	{"Major General", "MIL", "general"}, {"Maj. Gen.", "MIL", "general"},
	{"Brigadier General", "MIL", "general"}, {"Brig. Gen.", "MIL", "general"},
	{"Field Marshal", "MIL", "general"}, {"Admiral", "MIL", "admiral"}, {"Adm.", "MIL", "admiral"},
	{"Army Chief", "MIL", "general"}, {"Commander", "MIL", "general"},
	{"Senator", "LEG", "senator"}, {"Sen.", "LEG", "senator"}, {"Speaker", "LEG", "speaker"},
	{"Mr.", "", ""}, {"Mrs.", "", ""}, {"Ms.", "", ""}, {"Mr", "", ""}, {"Mrs", "", ""}, {"Ms", "", ""},
	{"Dr.", "", ""}, {"Sheikh", "", ""}, {"Prince", "", ""}, {"Pope", "", ""},
	{"Secretary General", "", ""}, {"Secretary-General", "", ""}, {"UN Secretary-General", "", ""},
}

// bareRoles are role words that, after "the" and without a name, stand for
// the last person of that role ("the minister", "the Russian leader").
var bareRoles = map[string]string{
	"leader": "leader", "president": "president", "premier": "prime minister",
	"prime minister": "prime minister", "minister": "minister", "chancellor": "chancellor",
	"foreign minister": "foreign minister", "foreign secretary": "foreign minister",
	"secretary of state": "foreign minister", "defence minister": "defence minister",
	"defense minister": "defence minister", "defense secretary": "defence minister",
	"defence secretary": "defence minister", "king": "king", "queen": "queen", "general": "general",
	"emir": "emir", "crown prince": "crown prince", "supreme leader": "supreme leader",
}

// title is a compiled title phrase.
type title struct {
	toks  []string
	hash  []uint64
	agent string
	role  string
}

var (
	titles     []title
	titleFirst map[uint64][]int32 // first token hash -> titles, longest first
	bareHash   map[uint64]string  // hash of a bare role phrase -> role key
	theHash    = fold.Hash("the")
	possHash   = [2]uint64{fold.Hash("'s"), fold.Hash("’s")}
	stopNames  = map[uint64]bool{}
	particles  = map[uint64]bool{}
	followers  = map[uint64]bool{}
)

func init() {
	titleFirst = map[uint64][]int32{}
	for _, t := range titleList {
		c := title{toks: splitName(t.phrase), agent: t.agent, role: t.role}
		for _, w := range c.toks {
			c.hash = append(c.hash, fold.Hash(w))
		}
		titles = append(titles, c)
	}
	for i, t := range titles {
		h := t.hash[0]
		titleFirst[h] = append(titleFirst[h], int32(i))
	}
	for h, l := range titleFirst {
		// longest first; a stable order for equal lengths
		for a := 1; a < len(l); a++ {
			for b := a; b > 0 && len(titles[l[b]].toks) > len(titles[l[b-1]].toks); b-- {
				l[b], l[b-1] = l[b-1], l[b]
			}
		}
		titleFirst[h] = l
	}
	bareHash = map[uint64]string{}
	for p, key := range bareRoles {
		h := fold.SeqSeed
		for _, w := range strings.Fields(p) {
			h = fold.Seq(h, fold.Hash(w))
		}
		bareHash[h] = key
	}
	for _, w := range []string{"The", "A", "An", "And", "Or", "But", "Of", "In", "On", "At", "For", "To",
		"From", "With", "By", "Is", "Was", "Are", "Were", "Said", "Says", "Has", "Had", "Have", "Will",
		"Would", "Could", "Should", "May", "Who", "This", "That", "These", "Those", "It", "He", "She",
		"They", "We", "I", "His", "Her", "Their", "Its", "As", "If", "When", "After", "Before", "Also"} {
		stopNames[fold.Hash(w)] = true
	}
	for _, w := range []string{"said", "says", "told", "tells", "added", "has", "had", "have", "was", "is",
		"will", "would", "could", "can", "also", "who", "and", "'s", "’s", "met", "meets", "urged", "warned",
		"called", "spoke", "visited", "arrived", "left", "did", "does", "himself", "herself", "then", "later"} {
		followers[fold.Hash(w)] = true
	}
	for _, w := range []string{"bin", "ibn", "al", "al-", "el", "de", "del", "da", "di", "van", "von", "der", "le", "la", "du", "dos", "das"} {
		particles[fold.Hash(w)] = true
	}
}

// normRole folds the spellings of a role so that "premier" and "prime
// minister" compare equal.
func normRole(r string) string {
	r = strings.TrimSpace(strings.ToLower(r))
	if k, ok := bareRoles[r]; ok {
		return k
	}
	return r
}

// roleMatches reports whether a term's role text (one role, or several
// separated by commas) fits the role key of a bare phrase.
func roleMatches(key, role string) bool {
	if key == "leader" {
		return true
	}
	for _, part := range strings.Split(role, ",") {
		p := normRole(part)
		if p == key || key == "minister" && strings.Contains(p, "minister") {
			return true
		}
	}
	return false
}
