package ingest

import "testing"

func TestDetectLang(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The minister said on Tuesday that the talks with the union had been suspended after the strike.", "en"},
		{"Le ministre a déclaré mardi que les négociations avec les syndicats étaient suspendues après la grève de la semaine.", "fr"},
		{"Der Minister sagte am Dienstag, dass die Gespräche mit der Gewerkschaft nach dem Streik ausgesetzt wurden und nicht weitergehen.", "de"},
		{"El ministro dijo el martes que las negociaciones con los sindicatos se suspendieron después de la huelga de la semana.", "es"},
		{"Il ministro ha detto martedì che i negoziati con i sindacati sono stati sospesi dopo lo sciopero della settimana.", "it"},
		{"O ministro disse na terça-feira que as negociações com os sindicatos foram suspensas depois da greve da semana.", "pt"},
		{"De minister zei dinsdag dat de gesprekken met de vakbond na de staking zijn opgeschort en niet worden hervat.", "nl"},
		{"Министр заявил во вторник, что переговоры с профсоюзами приостановлены после забастовки.", "ru"},
		{"Міністр заявив у вівторок, що переговори з профспілками призупинено після страйку.", "uk"},
		{"وقال الوزير يوم الثلاثاء إن المفاوضات مع النقابات علقت بعد الإضراب", "ar"},
		{"部長は火曜日、ストライキの後、組合との交渉を中断したと述べた。", "ja"},
		{"部长周二表示，罢工后与工会的谈判已暂停。", "zh"},
		{"장관은 화요일 파업 이후 노조와의 협상이 중단됐다고 말했다.", "ko"},
		{"Ο υπουργός δήλωσε την Τρίτη ότι οι διαπραγματεύσεις ανεστάλησαν.", "el"},
		{"Talks resume.", ""}, // too short to tell
		{"", ""},
		{"12,000 3.5% 2024", ""},
	} {
		if got := DetectLang(tc.text); got != tc.want {
			t.Errorf("DetectLang(%.40q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
