package actors_test

import (
	"strings"
	"testing"

	"dyad/actors"
)

// TestResolveHistory checks leaders of 1975-2000: the term that holds on
// the date, the country outside every term, and a surname two entries share
// told apart by who was in office.
func TestResolveHistory(t *testing.T) {
	tests := []struct {
		name, date, want, who string
	}{
		{"Reagan", "1987-03-01", "USAGOV", "Ronald Reagan"},
		{"Ronald Reagan", "1995-01-01", "USA", "Ronald Reagan"}, // after office: his country
		{"Gorbachev", "1988-06-01", "RUSGOV", "Mikhail Gorbachev"},
		{"Gorbachev", "1995-01-01", "RUS", "Mikhail Gorbachev"},
		{"George Bush", "1990-06-01", "USAGOV", "George H. W. Bush"},
		{"George Bush", "2003-06-01", "USAGOV", "George W. Bush"},
		{"Bush", "1985-01-01", "USAGOV", "George H. W. Bush"}, // vice president
		{"Thatcher", "1985-05-01", "GBRGOV", "Margaret Thatcher"},
		{"Thatcher", "1977-01-01", "GBROPP", "Margaret Thatcher"},
		{"Mitterrand", "1990-01-01", "FRAGOV", "Francois Mitterrand"},
		{"Mitterrand", "1975-01-01", "FRA", "Francois Mitterrand"},
		{"Nakasone", "1986-01-01", "JPNGOV", "Yasuhiro Nakasone"},
		{"Kohl", "1987-01-01", "DEUGOV", "Helmut Kohl"},
		{"Honecker", "1987-09-07", "DEUGOV", "Erich Honecker"}, // East Germany is DEU
		{"Shevardnadze", "1988-01-01", "RUSGOV", "Eduard Shevardnadze"},
		{"Shevardnadze", "1995-01-01", "GEOGOV", "Eduard Shevardnadze"},
		{"Deng Xiaoping", "1985-01-01", "CHNGOV", "Deng Xiaoping"},
		{"Jiang Zemin", "1990-01-01", "CHNGOV", "Jiang Zemin"},
		{"Zia-ul-Haq", "1985-01-01", "PAKGOV", "Mohammad Zia-ul-Haq"},
		{"de Klerk", "1992-01-01", "ZAFGOV", "F. W. de Klerk"},
		{"Khomeini", "1985-01-01", "IRNGOV", "Ruhollah Khomeini"},
		{"Zhivkov", "1985-01-01", "BGRGOV", "Todor Zhivkov"},
		{"Trudeau", "1982-01-01", "CANGOV", "Pierre Trudeau"},
		{"Trudeau", "2020-01-01", "CANGOV", "Justin Trudeau"},
		{"Trudeau", "2010-01-01", "CANLEG", "Justin Trudeau"}, // the son's earlier seat
		{"Stoltenberg", "1987-03-01", "DEUGOV", "Gerhard Stoltenberg"},
		{"Stoltenberg", "2020-01-01", "IGOWSTNAT", "Jens Stoltenberg"},
		{"Abe", "1985-01-01", "JPNGOV", "Shintaro Abe"},
		{"Abe", "2015-01-01", "JPNGOV", "Shinzo Abe"},
		{"Gandhi", "1987-01-01", "INDGOV", "Rajiv Gandhi"},
		{"Gandhi", "1982-01-01", "INDGOV", "Indira Gandhi"},
		{"Mahatma Gandhi", "1987-01-01", "IND", "Mahatma Gandhi"},
		{"Marcos", "1984-01-01", "PHLGOV", "Ferdinand Marcos"},
		{"Marcos", "2023-01-01", "PHLGOV", "Ferdinand Marcos Jr."},
		{"Mitsotakis", "1991-01-01", "GRCGOV", "Constantine Mitsotakis"},
		{"Mitsotakis", "2021-01-01", "GRCGOV", "Kyriakos Mitsotakis"},
		{"Kurt Waldheim", "1980-01-01", "IGOUNO", "Kurt Waldheim"},
		{"Kurt Waldheim", "1987-01-01", "AUTGOV", "Kurt Waldheim"},
	}
	for _, tt := range tests {
		got, ok := dict.Resolve(tt.name, date(tt.date))
		if got != tt.want || !ok {
			t.Errorf("Resolve(%q, %s) = %q, %v; want %q", tt.name, tt.date, got, ok, tt.want)
		}
		if p, ok := dict.Lookup(tt.name, date(tt.date)); !ok || p.Name != tt.who {
			t.Errorf("Lookup(%q, %s) = %q, %v; want %q", tt.name, tt.date, p.Name, ok, tt.who)
		}
	}
	// out of both terms, a shared surname of one country gives that
	// country, and the person who left office last
	if got, ok := dict.Resolve("Bush", date("1996-01-01")); !ok || got != "USA" {
		t.Errorf("Resolve(Bush, 1996) = %q, %v, want USA", got, ok)
	}
	if p, ok := dict.Lookup("Bush", date("1996-01-01")); !ok || p.Name != "George H. W. Bush" {
		t.Errorf("Lookup(Bush, 1996) = %q, %v, want the elder Bush", p.Name, ok)
	}

}

// TestStageHistory runs the stage over sentences of the 1980s.
func TestStageHistory(t *testing.T) {
	tests := []struct{ name, text, date, want string }{
		{"title and surname", "President Reagan met Mikhail Gorbachev.", "1987-03-01",
			"President Reagan:PERSON:USAGOV=Ronald Reagan | Mikhail Gorbachev:PERSON:RUSGOV"},
		{"the administration", "The Reagan administration wants to encourage trade with the Soviet Union.", "1987-03-01",
			"Reagan:PERSON:USAGOV=Ronald Reagan | Soviet Union:COUNTRY:RUS"},
		{"the elder Bush", "President George Bush spoke.", "1990-06-01",
			"President George Bush:PERSON:USAGOV=George H. W. Bush"},
		{"the surname after the first lady", "Nancy Reagan met President Reagan. Reagan left.", "1987-03-01",
			"Nancy:LOCATION: | Reagan:PERSON:USAGOV=Ronald Reagan | President Reagan:PERSON:USAGOV=Ronald Reagan | Reagan:PERSON:USAGOV=Ronald Reagan"},
		{"the minister", "Japanese Finance Minister Kiichi Miyazawa met Baker. The minister said no.", "1987-03-01",
			"Japanese Finance Minister Kiichi Miyazawa:PERSON:JPNGOV=Kiichi Miyazawa | minister:PERSON:JPNGOV=Kiichi Miyazawa"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := show(analyse(t, dict, tt.text, tt.date).Mentions); got != tt.want {
				t.Errorf("%q\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestSharedSurnameOutOfOffice: a surname two people share, neither in
// office on the day, gives their country when it is one, and nothing when
// they served two countries.
func TestSharedSurnameOutOfOffice(t *testing.T) {
	d := actors.New()
	people := `AAA | Ann Smith | Smith | AAAGOV 1990..1995 president
AAA | Bob Smith | Smith | AAAGOV 2000..2004 president
AAA | Cat Jones | Jones | AAAGOV 1990..1995 president
BBB | Dan Jones | Jones | BBBGOV 2000..2004 president
`
	if _, err := d.LoadPeople(strings.NewReader(people), "test"); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, date, want, who string
	}{
		{"Smith", "1992-01-01", "AAAGOV", "Ann Smith"},
		{"Smith", "1998-01-01", "AAA", "Ann Smith"}, // the one who left office last
		{"Smith", "2010-01-01", "AAA", "Bob Smith"},
		{"Jones", "1998-01-01", "", ""}, // two countries: nobody
	} {
		got, ok := d.Resolve(tt.name, date(tt.date))
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Resolve(%s, %s) = %q, %v; want %q", tt.name, tt.date, got, ok, tt.want)
		}
		if p, ok := d.Lookup(tt.name, date(tt.date)); ok != (tt.who != "") || ok && p.Name != tt.who {
			t.Errorf("Lookup(%s, %s) = %q, %v; want %q", tt.name, tt.date, p.Name, ok, tt.who)
		}
	}
}
