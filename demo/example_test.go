package demo_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"

	"dyad/demo"
)

func ExampleSample() {
	sc := bufio.NewScanner(bytes.NewReader(demo.Sample()))
	sc.Buffer(nil, 1<<20)
	n := 0
	var first struct{ ID, Date, Source string }
	for sc.Scan() {
		if n == 0 {
			if err := json.Unmarshal(sc.Bytes(), &first); err != nil {
				fmt.Println(err)
				return
			}
		}
		n++
	}
	fmt.Println(n, "items; first:", first.ID, first.Date, first.Source)
	// Output: 59 items; first: demo-001 2019-06-05 dyad illustrative sample
}
