package actors

// SplitName exposes splitName to the tests.
var SplitName = splitName

// Candidates returns how many entries the phrase name stands for.
func Candidates(d *Dictionary, name string) int {
	p := d.phrases[phraseHash(splitName(name))]
	if p == nil {
		return 0
	}
	return len(p.cands)
}
