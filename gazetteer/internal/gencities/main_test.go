package main

import (
	"testing"
)

// pbf builds one length-prefixed city message.
func pbf(fields ...[]byte) []byte {
	var msg []byte
	for _, f := range fields {
		msg = append(msg, f...)
	}
	return append(varint(uint64(len(msg))), msg...)
}

func varint(v uint64) []byte {
	var b []byte
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

func str(field int, s string) []byte {
	return append(append(varint(uint64(field<<3|2)), varint(uint64(len(s)))...), s...)
}

func num(field int, v uint64) []byte { return append(varint(uint64(field<<3)), varint(v)...) }

func zig(v int64) uint64 { return uint64(v<<1) ^ uint64(v>>63) }

func TestDecode(t *testing.T) {
	data := append(
		pbf(num(1, zig(7)), str(2, "São Paulo"), str(3, "BR"), num(9, 12000000), num(10, zig(-4663611)), num(11, zig(-2354750))),
		pbf(str(2, "Nice"), str(3, "FR"), str(4, "MC"), num(9, 340000), num(10, zig(4663611+726608)), num(11, zig(2354750+4370313)))...)
	cs, err := decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 {
		t.Fatalf("got %d cities", len(cs))
	}
	if c := cs[0]; c.name != "São Paulo" || c.country != "BR" || c.pop != 12000000 || c.lat != -23.5475 || c.lon != -46.63611 {
		t.Errorf("first city %+v", c)
	}
	if c := cs[1]; c.name != "Nice" || c.lat != 43.70313 || c.lon != 7.26608 {
		t.Errorf("second city (delta coordinates) %+v", c)
	}
	if fold("São Paulo") != "Sao Paulo" || fold("Łódź") != "Lodz" {
		t.Errorf("fold: %q %q", fold("São Paulo"), fold("Łódź"))
	}
	if iso2to3["XK"] != "KSV" || iso2to3["US"] != "USA" || len(iso2to3) < 245 {
		t.Errorf("iso table: %d entries", len(iso2to3))
	}
	for _, bad := range [][]byte{{0x05, 0x12}, {0xff}, {0x02, 0x0f, 0x00}, pbf(str(2, "x"))[:3]} {
		if _, err := decode(bad); err == nil {
			t.Errorf("decode(%x): no error", bad)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(pbf(str(2, "Nice"), str(3, "FR"), num(9, 340000)))
	f.Add([]byte{0x05, 0x12})
	f.Fuzz(func(t *testing.T, data []byte) {
		decode(data)
	})
}
