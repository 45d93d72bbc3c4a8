package events

import "strings"

// irregular holds the past and past participle of the irregular verbs news
// uses; a form with '|' has several spellings. A pattern file adds its own
// with an "irregular" line.
var irregular = map[string][2]string{
	"arise": {"arose", "arisen"}, "bear": {"bore", "borne|born"}, "beat": {"beat", "beaten|beat"},
	"become": {"became", "become"}, "begin": {"began", "begun"}, "bid": {"bid", "bid"},
	"bind": {"bound", "bound"}, "bite": {"bit", "bitten"}, "blow": {"blew", "blown"},
	"break": {"broke", "broken"}, "bring": {"brought", "brought"}, "broadcast": {"broadcast", "broadcast"},
	"build": {"built", "built"}, "burn": {"burned|burnt", "burned|burnt"}, "buy": {"bought", "bought"},
	"catch": {"caught", "caught"}, "come": {"came", "come"}, "cut": {"cut", "cut"},
	"deal": {"dealt", "dealt"}, "dig": {"dug", "dug"}, "do": {"did", "done"},
	"draw": {"drew", "drawn"}, "drive": {"drove", "driven"}, "fall": {"fell", "fallen"},
	"feed": {"fed", "fed"}, "feel": {"felt", "felt"}, "fight": {"fought", "fought"},
	"find": {"found", "found"}, "flee": {"fled", "fled"}, "fly": {"flew", "flown"},
	"forbid": {"forbade", "forbidden"}, "forecast": {"forecast", "forecast"}, "forgive": {"forgave", "forgiven"},
	"freeze": {"froze", "frozen"}, "get": {"got", "got|gotten"}, "give": {"gave", "given"},
	"go": {"went", "gone"}, "hang": {"hung|hanged", "hung|hanged"}, "have": {"had", "had"},
	"hear": {"heard", "heard"}, "hide": {"hid", "hidden"}, "hit": {"hit", "hit"},
	"hold": {"held", "held"}, "hurt": {"hurt", "hurt"}, "keep": {"kept", "kept"},
	"know": {"knew", "known"}, "lay": {"laid", "laid"}, "lead": {"led", "led"},
	"leave": {"left", "left"}, "lend": {"lent", "lent"}, "let": {"let", "let"},
	"light": {"lit|lighted", "lit|lighted"}, "lose": {"lost", "lost"}, "make": {"made", "made"},
	"mean": {"meant", "meant"}, "meet": {"met", "met"}, "mislead": {"misled", "misled"},
	"outbid": {"outbid", "outbid"}, "overcome": {"overcame", "overcome"}, "override": {"overrode", "overridden"},
	"overrun": {"overran", "overrun"}, "oversee": {"oversaw", "overseen"}, "overthrow": {"overthrew", "overthrown"},
	"pay": {"paid", "paid"}, "plead": {"pleaded|pled", "pleaded|pled"}, "prove": {"proved", "proved|proven"},
	"put": {"put", "put"}, "quit": {"quit", "quit"}, "read": {"read", "read"},
	"rebuild": {"rebuilt", "rebuilt"}, "ride": {"rode", "ridden"}, "rise": {"rose", "risen"},
	"run": {"ran", "run"}, "say": {"said", "said"}, "see": {"saw", "seen"},
	"seek": {"sought", "sought"}, "sell": {"sold", "sold"}, "send": {"sent", "sent"},
	"set": {"set", "set"}, "shake": {"shook", "shaken"}, "shed": {"shed", "shed"},
	"shoot": {"shot", "shot"}, "show": {"showed", "shown|showed"}, "shut": {"shut", "shut"},
	"sink": {"sank", "sunk"}, "sit": {"sat", "sat"}, "slay": {"slew", "slain"},
	"speak": {"spoke", "spoken"}, "spend": {"spent", "spent"}, "split": {"split", "split"},
	"spread": {"spread", "spread"}, "stand": {"stood", "stood"}, "steal": {"stole", "stolen"},
	"stick": {"stuck", "stuck"}, "strike": {"struck", "struck|stricken"}, "swear": {"swore", "sworn"},
	"sweep": {"swept", "swept"}, "take": {"took", "taken"}, "teach": {"taught", "taught"},
	"tear": {"tore", "torn"}, "tell": {"told", "told"}, "think": {"thought", "thought"},
	"throw": {"threw", "thrown"}, "undergo": {"underwent", "undergone"}, "understand": {"understood", "understood"},
	"undertake": {"undertook", "undertaken"}, "uphold": {"upheld", "upheld"}, "upset": {"upset", "upset"},
	"win": {"won", "won"}, "withdraw": {"withdrew", "withdrawn"}, "withhold": {"withheld", "withheld"},
	"withstand": {"withstood", "withstood"}, "write": {"wrote", "written"}, "shrink": {"shrank", "shrunk"},
	"spin": {"spun", "spun"}, "sting": {"stung", "stung"}, "swing": {"swung", "swung"},
	"forgo": {"forwent", "forgone"}, "foresee": {"foresaw", "foreseen"}, "wake": {"woke", "woken"},
	"be": {"was|were", "been"}, "lie": {"lay|lied", "lain|lied"}, "grind": {"ground", "ground"},
}

// doubled lists the verbs of more than one syllable that double their last
// consonant ("expel" -> "expelled"); one-syllable verbs follow the rule.
// Verbs ending in -l also get the American single-l spelling.
var doubled = map[string]bool{
	"admit": true, "commit": true, "submit": true, "permit": true, "omit": true, "transmit": true,
	"control": true, "patrol": true, "compel": true, "expel": true, "propel": true, "repel": true,
	"refer": true, "confer": true, "prefer": true, "occur": true, "deter": true, "regret": true,
	"equip": true, "rebel": true, "cancel": true, "label": true, "travel": true, "signal": true,
	"quarrel": true, "counsel": true, "fuel": true, "level": true, "model": true, "total": true,
	"outstrip": true, "kidnap": true, "worship": true, "handicap": true, "unveil": false, "embed": true,
	"format": false, "remit": true, "acquit": true, "incur": true, "defer": true, "abhor": true,
	"initial": true, "pencil": true, "marshal": true, "channel": true, "dial": true, "tunnel": true,
	"airdrop": true,
}

// verbForms returns every surface form of a verb lemma: the lemma, third
// person singular, past, past participle and -ing form, with British and
// American spellings of -ise/-ize verbs. past lists the forms that may be a
// past participle (for passive voice) and ing the -ing forms.
func verbForms(lemma string, irr map[string][2]string) (all, past, ing []string) {
	lemmas := []string{lemma}
	if alt := altSpelling(lemma); alt != "" {
		lemmas = append(lemmas, alt)
	}
	seen := map[string]bool{}
	add := func(dst *[]string, forms ...string) {
		for _, f := range forms {
			for _, g := range strings.Split(f, "|") {
				if g == "" {
					continue
				}
				if dst != nil {
					*dst = append(*dst, g)
				}
				if !seen[g] {
					seen[g] = true
					all = append(all, g)
				}
			}
		}
	}
	for _, l := range lemmas {
		// a phrasal lemma "carry-out" is not expected; hyphenated verbs
		// ("air-drop") inflect on their last part like any other.
		add(nil, l, third(l))
		g := ingForm(l)
		add(&ing, g)
		if l == "be" {
			add(nil, "is", "are", "am")
		}
		if f, ok := irr[l]; ok {
			add(&past, f[0], f[1])
			continue
		}
		if f, ok := irregular[l]; ok {
			add(&past, f[0], f[1])
			continue
		}
		add(&past, pastForm(l))
		if doubled[l] && strings.HasSuffix(l, "l") {
			add(&past, l+"ed")
			add(&ing, l+"ing")
		}
	}
	return all, past, ing
}

// altSpelling returns the other spelling of an -ise/-ize or -yse/-yze verb.
func altSpelling(l string) string {
	if len(l) < 5 {
		return ""
	}
	switch l[len(l)-3:] {
	case "ise":
		return l[:len(l)-3] + "ize"
	case "ize":
		return l[:len(l)-3] + "ise"
	case "yse":
		return l[:len(l)-3] + "yze"
	case "yze":
		return l[:len(l)-3] + "yse"
	}
	return ""
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// third returns the third person singular present.
func third(l string) string {
	switch {
	case l == "have":
		return "has"
	case l == "be":
		return "is"
	case strings.HasSuffix(l, "s"), strings.HasSuffix(l, "x"), strings.HasSuffix(l, "z"),
		strings.HasSuffix(l, "ch"), strings.HasSuffix(l, "sh"):
		return l + "es"
	case strings.HasSuffix(l, "o") && len(l) > 1 && !isVowel(l[len(l)-2]):
		return l + "es" // go, veto
	case strings.HasSuffix(l, "y") && len(l) > 1 && !isVowel(l[len(l)-2]):
		return l[:len(l)-1] + "ies"
	}
	return l + "s"
}

// doubles reports whether the last consonant doubles before -ed and -ing:
// listed verbs, and one-syllable verbs ending consonant-vowel-consonant.
func doubles(l string) bool {
	if d, ok := doubled[l]; ok {
		return d
	}
	n := len(l)
	if n < 3 {
		return false
	}
	c, v, p := l[n-1], l[n-2], l[n-3]
	if isVowel(c) || c == 'w' || c == 'x' || c == 'y' || !isVowel(v) || isVowel(p) {
		return false
	}
	vowels := 0
	for i := 0; i < n; i++ {
		if isVowel(l[i]) && (i == 0 || !isVowel(l[i-1])) {
			vowels++
		}
	}
	return vowels == 1
}

// pastForm returns the regular past tense.
func pastForm(l string) string {
	n := len(l)
	switch {
	case strings.HasSuffix(l, "e"):
		return l + "d"
	case n > 1 && l[n-1] == 'y' && !isVowel(l[n-2]):
		return l[:n-1] + "ied"
	case doubles(l):
		return l + l[n-1:] + "ed"
	}
	return l + "ed"
}

// ingForm returns the -ing form.
func ingForm(l string) string {
	n := len(l)
	switch {
	case strings.HasSuffix(l, "ie"):
		return l[:n-2] + "ying"
	case l == "be" || strings.HasSuffix(l, "ee") || strings.HasSuffix(l, "ye") || strings.HasSuffix(l, "oe"):
		return l + "ing"
	case strings.HasSuffix(l, "e") && n > 2:
		return l[:n-1] + "ing"
	case doubles(l):
		return l + l[n-1:] + "ing"
	}
	return l + "ing"
}

// nounForms returns a noun and its plural.
func nounForms(n string) []string {
	switch {
	case n == "":
		return nil
	case strings.HasSuffix(n, "s"), strings.HasSuffix(n, "x"), strings.HasSuffix(n, "z"),
		strings.HasSuffix(n, "ch"), strings.HasSuffix(n, "sh"):
		return []string{n, n + "es"}
	case strings.HasSuffix(n, "y") && len(n) > 1 && !isVowel(n[len(n)-2]):
		return []string{n, n[:len(n)-1] + "ies"}
	}
	return []string{n, n + "s"}
}
