package gazetteer

// countryData holds one country or territory a line:
//
//	CODE|Name|other names|demonyms and adjectives|capital|lat|lon
//
// Lists are separated by ";". The first capital name is canonical; the
// others are spellings of it. lat and lon are the capital's (or, with no
// capital, a central point's). A name starting with "=" matches only in its
// exact case and never in an all-capitals headline ("US", where "us" and
// "US SAYS" mean something else). A capital starting with "!" is kept as a
// fact but not matched in text, because the word is more often something
// else ("Male", "Victoria", "Hamilton").
//
// Code is ISO 3166-1 alpha-3, which CAMEO uses, plus KSV for Kosovo.
const countryData = `
AFG|Afghanistan||Afghan;Afghans|Kabul|34.53|69.17
ALA|Aland Islands|Åland Islands;Åland|Alander;Alanders|Mariehamn|60.10|19.94
ALB|Albania||Albanian;Albanians|Tirana|41.33|19.82
DZA|Algeria||Algerian;Algerians|Algiers|36.75|3.06
ASM|American Samoa||American Samoan;American Samoans|Pago Pago|-14.28|-170.70
AND|Andorra||Andorran;Andorrans|Andorra la Vella|42.51|1.52
AGO|Angola||Angolan;Angolans|Luanda|-8.84|13.23
AIA|Anguilla||Anguillan;Anguillans|!The Valley|18.22|-63.05
ATA|Antarctica||||-75.00|0.00
ATG|Antigua and Barbuda|Antigua|Antiguan;Antiguans|St. John's;Saint John's|17.12|-61.85
ARG|Argentina|Argentine Republic|Argentine;Argentines;Argentinian;Argentinians;Argentinean|Buenos Aires|-34.60|-58.38
ARM|Armenia||Armenian;Armenians|Yerevan|40.18|44.51
ABW|Aruba||Aruban;Arubans|Oranjestad|12.52|-70.03
AUS|Australia||Australian;Australians;Aussie;Aussies|Canberra|-35.28|149.13
AUT|Austria||Austrian;Austrians|Vienna|48.21|16.37
AZE|Azerbaijan||Azerbaijani;Azerbaijanis;Azeri;Azeris|Baku|40.41|49.87
BHS|Bahamas||Bahamian;Bahamians|Nassau|25.05|-77.35
BHR|Bahrain||Bahraini;Bahrainis|Manama|26.23|50.59
BGD|Bangladesh||Bangladeshi;Bangladeshis|Dhaka;Dacca|23.81|90.41
BRB|Barbados||Barbadian;Barbadians;Bajan;Bajans|Bridgetown|13.10|-59.62
BLR|Belarus|Byelorussia;Belorussia|Belarusian;Belarusians;Belarussian;Byelorussian|Minsk|53.90|27.57
BEL|Belgium||Belgian;Belgians|Brussels|50.85|4.35
BLZ|Belize||Belizean;Belizeans|Belmopan|17.25|-88.77
BEN|Benin|Dahomey|Beninese|Porto-Novo|6.50|2.60
BMU|Bermuda||Bermudian;Bermudians|!Hamilton|32.29|-64.78
BTN|Bhutan||Bhutanese|Thimphu|27.47|89.64
BOL|Bolivia||Bolivian;Bolivians|Sucre|-19.04|-65.26
BES|Caribbean Netherlands|Bonaire;Sint Eustatius;Saba||Kralendijk|12.15|-68.27
BIH|Bosnia and Herzegovina|Bosnia-Herzegovina;Bosnia|Bosnian;Bosnians|Sarajevo|43.86|18.41
BWA|Botswana||Motswana;Batswana;Botswanan|Gaborone|-24.63|25.92
BVT|Bouvet Island||||-54.42|3.36
BRA|Brazil||Brazilian;Brazilians|Brasilia;Brasília|-15.79|-47.88
IOT|British Indian Ocean Territory|Chagos Islands;Diego Garcia|||-7.31|72.41
VGB|British Virgin Islands|||Road Town|18.43|-64.62
BRN|Brunei|Brunei Darussalam|Bruneian;Bruneians|Bandar Seri Begawan|4.90|114.94
BGR|Bulgaria||Bulgarian;Bulgarians|Sofia|42.70|23.32
BFA|Burkina Faso|Burkina;Upper Volta|Burkinabe|Ouagadougou|12.37|-1.52
BDI|Burundi||Burundian;Burundians|Gitega|-3.43|29.93
CPV|Cape Verde|Cabo Verde|Cape Verdean;Cape Verdeans|Praia|14.93|-23.51
KHM|Cambodia|Kampuchea|Cambodian;Cambodians|Phnom Penh|11.56|104.92
CMR|Cameroon||Cameroonian;Cameroonians|Yaounde;Yaoundé|3.85|11.50
CAN|Canada||Canadian;Canadians|Ottawa|45.42|-75.70
CYM|Cayman Islands|Caymans|Caymanian;Caymanians|George Town|19.29|-81.38
CAF|Central African Republic|=CAR|Central African;Central Africans|Bangui|4.39|18.56
TCD|Chad||Chadian;Chadians|N'Djamena;Ndjamena|12.13|15.06
CHL|Chile||Chilean;Chileans|Santiago|-33.45|-70.67
CHN|China|People's Republic of China;PRC;Mainland China|Chinese|Beijing;Peking|39.90|116.41
CXR|Christmas Island|||Flying Fish Cove|-10.42|105.68
CCK|Cocos Islands|Keeling Islands;Cocos Keeling Islands||West Island|-12.19|96.83
COL|Colombia||Colombian;Colombians|Bogota;Bogotá|4.71|-74.07
COM|Comoros||Comoran;Comorans;Comorian;Comorians|Moroni|-11.70|43.26
COG|Republic of the Congo|Republic of Congo;Congo Republic;Congo-Brazzaville||Brazzaville|-4.26|15.24
COD|Democratic Republic of the Congo|Democratic Republic of Congo;DR Congo;DRC;Congo;Congo-Kinshasa;Zaire|Congolese;Zairean;Zairian|Kinshasa|-4.32|15.31
COK|Cook Islands||Cook Islander;Cook Islanders|Avarua|-21.21|-159.78
CRI|Costa Rica||Costa Rican;Costa Ricans|!San Jose|9.93|-84.08
CIV|Ivory Coast|Cote d'Ivoire;Côte d'Ivoire|Ivorian;Ivorians|Yamoussoukro|6.82|-5.28
HRV|Croatia||Croatian;Croatians;Croat;Croats|Zagreb|45.81|15.98
CUB|Cuba||Cuban;Cubans|Havana|23.11|-82.37
CUW|Curacao|Curaçao|Curacaoan|Willemstad|12.11|-68.93
CYP|Cyprus||Cypriot;Cypriots|Nicosia|35.19|33.38
CZE|Czech Republic|Czechia;Czechoslovakia|Czech;Czechs;Czechoslovak|Prague|50.08|14.44
DNK|Denmark||Danish;Dane;Danes|Copenhagen|55.68|12.57
DJI|Djibouti||Djiboutian;Djiboutians|Djibouti|11.59|43.15
DMA|Dominica|Commonwealth of Dominica||Roseau|15.30|-61.39
DOM|Dominican Republic||Dominican;Dominicans|Santo Domingo|18.49|-69.93
ECU|Ecuador||Ecuadorian;Ecuadorians;Ecuadorean|Quito|-0.18|-78.47
EGY|Egypt||Egyptian;Egyptians|Cairo|30.04|31.24
SLV|El Salvador||Salvadoran;Salvadorans;Salvadorean|San Salvador|13.69|-89.19
GNQ|Equatorial Guinea||Equatorial Guinean;Equatoguinean|Malabo|3.75|8.78
ERI|Eritrea||Eritrean;Eritreans|Asmara|15.32|38.93
EST|Estonia||Estonian;Estonians|Tallinn|59.44|24.75
SWZ|Eswatini|Swaziland|Swazi;Swazis|Mbabane|-26.31|31.14
ETH|Ethiopia|Abyssinia|Ethiopian;Ethiopians|Addis Ababa|9.03|38.74
FLK|Falkland Islands|Falklands;Malvinas;Islas Malvinas|Falkland Islander;Falkland Islanders|!Stanley|-51.70|-57.85
FRO|Faroe Islands|Faroes;Faeroe Islands|Faroese|Torshavn;Tórshavn|62.01|-6.77
FJI|Fiji||Fijian;Fijians|Suva|-18.14|178.44
FIN|Finland||Finnish;Finn;Finns|Helsinki|60.17|24.94
FRA|France|French Republic|French;Frenchman;Frenchmen;Frenchwoman|Paris|48.86|2.35
GUF|French Guiana||French Guianese|Cayenne|4.92|-52.33
PYF|French Polynesia|Tahiti|Tahitian;Tahitians|Papeete|-17.54|-149.57
ATF|French Southern Territories|French Southern and Antarctic Lands||Port-aux-Francais|-49.35|70.22
GAB|Gabon||Gabonese|Libreville|0.42|9.47
GMB|Gambia||Gambian;Gambians|Banjul|13.45|-16.58
GEO|Georgia||Georgian;Georgians|Tbilisi|41.72|44.79
DEU|Germany|Federal Republic of Germany;West Germany;East Germany;Deutschland|German;Germans;West German;West Germans;East German;East Germans|Berlin|52.52|13.40
GHA|Ghana||Ghanaian;Ghanaians|Accra|5.60|-0.19
GIB|Gibraltar||Gibraltarian;Gibraltarians|Gibraltar|36.14|-5.35
GRC|Greece|Hellenic Republic|Greek;Greeks|Athens|37.98|23.73
GRL|Greenland||Greenlandic;Greenlander;Greenlanders|Nuuk|64.18|-51.72
GRD|Grenada||Grenadian;Grenadians|St. George's;Saint George's|12.06|-61.75
GLP|Guadeloupe||Guadeloupean;Guadeloupeans|Basse-Terre|16.00|-61.73
GUM|Guam||Guamanian;Guamanians|Hagatna;Hagåtña|13.47|144.75
GTM|Guatemala||Guatemalan;Guatemalans|Guatemala City|14.63|-90.51
GGY|Guernsey|||St. Peter Port;Saint Peter Port|49.46|-2.54
GIN|Guinea|Guinea-Conakry|Guinean;Guineans|Conakry|9.64|-13.58
GNB|Guinea-Bissau|Guinea Bissau|Bissau-Guinean;Bissau-Guineans|Bissau|11.86|-15.60
GUY|Guyana||Guyanese|Georgetown|6.80|-58.16
HTI|Haiti||Haitian;Haitians|Port-au-Prince|18.54|-72.34
HMD|Heard Island and McDonald Islands|Heard Island|||-53.10|73.51
VAT|Vatican City|Holy See;Vatican||Vatican City|41.90|12.45
HND|Honduras||Honduran;Hondurans|Tegucigalpa|14.07|-87.19
HKG|Hong Kong||Hong Konger;Hong Kongers|Hong Kong|22.32|114.17
HUN|Hungary||Hungarian;Hungarians|Budapest|47.50|19.04
ISL|Iceland||Icelandic;Icelander;Icelanders|Reykjavik;Reykjavík|64.15|-21.94
IND|India|Bharat|Indian;Indians|New Delhi|28.61|77.21
IDN|Indonesia||Indonesian;Indonesians|Jakarta|-6.21|106.85
IRN|Iran|Islamic Republic of Iran;Persia|Iranian;Iranians|Tehran;Teheran|35.69|51.39
IRQ|Iraq||Iraqi;Iraqis|Baghdad|33.31|44.36
IRL|Ireland|Republic of Ireland;Eire;Éire|Irish;Irishman;Irishmen|Dublin|53.35|-6.26
IMN|Isle of Man||Manx|!Douglas|54.15|-4.48
ISR|Israel||Israeli;Israelis|Jerusalem|31.78|35.22
ITA|Italy||Italian;Italians|Rome|41.90|12.50
JAM|Jamaica||Jamaican;Jamaicans|Kingston|17.97|-76.79
JPN|Japan||Japanese|Tokyo|35.68|139.69
JEY|Jersey|||St. Helier;Saint Helier|49.19|-2.11
JOR|Jordan||Jordanian;Jordanians|Amman|31.95|35.93
KAZ|Kazakhstan||Kazakh;Kazakhs;Kazakhstani;Kazakhstanis|Astana;Nur-Sultan|51.17|71.43
KEN|Kenya||Kenyan;Kenyans|Nairobi|-1.29|36.82
KIR|Kiribati||I-Kiribati|Tarawa;South Tarawa|1.33|172.98
PRK|North Korea|DPRK;Democratic People's Republic of Korea|North Korean;North Koreans|Pyongyang|39.04|125.76
KOR|South Korea|Republic of Korea;=ROK;Korea|South Korean;South Koreans;Korean;Koreans|Seoul|37.57|126.98
KSV|Kosovo||Kosovar;Kosovars;Kosovan|Pristina;Prishtina|42.66|21.17
KWT|Kuwait||Kuwaiti;Kuwaitis|Kuwait City|29.38|47.99
KGZ|Kyrgyzstan|Kyrgyz Republic;Kirghizia|Kyrgyz;Kirghiz|Bishkek|42.87|74.59
LAO|Laos|Lao PDR|Laotian;Laotians;Lao|Vientiane|17.98|102.63
LVA|Latvia||Latvian;Latvians|Riga|56.95|24.11
LBN|Lebanon||Lebanese|Beirut|33.89|35.50
LSO|Lesotho||Basotho;Mosotho|Maseru|-29.31|27.48
LBR|Liberia||Liberian;Liberians|Monrovia|6.30|-10.80
LBY|Libya||Libyan;Libyans|Tripoli|32.89|13.19
LIE|Liechtenstein||Liechtensteiner;Liechtensteiners|Vaduz|47.14|9.52
LTU|Lithuania||Lithuanian;Lithuanians|Vilnius|54.69|25.28
LUX|Luxembourg|Luxemburg|Luxembourger;Luxembourgers;Luxembourgish|Luxembourg|49.61|6.13
MAC|Macau|Macao|Macanese|Macau|22.20|113.54
MKD|North Macedonia|Macedonia|Macedonian;Macedonians|Skopje|42.00|21.43
MDG|Madagascar||Malagasy|Antananarivo|-18.88|47.51
MWI|Malawi||Malawian;Malawians|Lilongwe|-13.96|33.79
MYS|Malaysia||Malaysian;Malaysians|Kuala Lumpur|3.14|101.69
MDV|Maldives||Maldivian;Maldivians|!Male|4.18|73.51
MLI|Mali||Malian;Malians|Bamako|12.64|-8.00
MLT|Malta||Maltese|Valletta|35.90|14.51
MHL|Marshall Islands||Marshallese|Majuro|7.09|171.38
MTQ|Martinique||Martinican;Martinicans|Fort-de-France|14.60|-61.07
MRT|Mauritania||Mauritanian;Mauritanians|Nouakchott|18.08|-15.98
MUS|Mauritius||Mauritian;Mauritians|Port Louis|-20.16|57.50
MYT|Mayotte||Mahoran;Mahorans|Mamoudzou|-12.78|45.23
MEX|Mexico||Mexican;Mexicans|Mexico City|19.43|-99.13
FSM|Micronesia|Federated States of Micronesia|Micronesian;Micronesians|Palikir|6.92|158.16
MDA|Moldova|Moldavia|Moldovan;Moldovans|Chisinau;Chișinău|47.01|28.86
MCO|Monaco||Monegasque;Monegasques|Monaco|43.74|7.42
MNG|Mongolia||Mongolian;Mongolians|Ulaanbaatar;Ulan Bator|47.89|106.91
MNE|Montenegro||Montenegrin;Montenegrins|Podgorica|42.44|19.26
MSR|Montserrat||Montserratian;Montserratians|!Plymouth|16.71|-62.22
MAR|Morocco||Moroccan;Moroccans|Rabat|34.02|-6.83
MOZ|Mozambique||Mozambican;Mozambicans|Maputo|-25.97|32.57
MMR|Myanmar|Burma|Burmese;Myanmarese|Naypyidaw;Naypyitaw;Nay Pyi Taw|19.76|96.08
NAM|Namibia||Namibian;Namibians|Windhoek|-22.56|17.08
NRU|Nauru||Nauruan;Nauruans|Yaren|-0.55|166.92
NPL|Nepal||Nepali;Nepalis;Nepalese|Kathmandu|27.72|85.32
NLD|Netherlands|Holland|Dutch;Dutchman;Dutchmen|Amsterdam|52.37|4.90
NCL|New Caledonia||New Caledonian;New Caledonians|Noumea;Nouméa|-22.28|166.46
NZL|New Zealand||New Zealander;New Zealanders|Wellington|-41.29|174.78
NIC|Nicaragua||Nicaraguan;Nicaraguans|Managua|12.11|-86.24
NER|Niger||Nigerien;Nigeriens|Niamey|13.51|2.11
NGA|Nigeria||Nigerian;Nigerians|Abuja|9.08|7.40
NIU|Niue||Niuean;Niueans|Alofi|-19.06|-169.92
NFK|Norfolk Island|||!Kingston|-29.06|167.96
MNP|Northern Mariana Islands|Northern Marianas||Saipan|15.21|145.75
NOR|Norway||Norwegian;Norwegians|Oslo|59.91|10.75
OMN|Oman||Omani;Omanis|Muscat|23.59|58.41
PAK|Pakistan||Pakistani;Pakistanis|Islamabad|33.68|73.05
PLW|Palau||Palauan;Palauans|Ngerulmud|7.50|134.62
PSE|Palestine|State of Palestine;Palestinian Territories;Palestinian territories;Occupied Palestinian Territories|Palestinian;Palestinians|Ramallah|31.90|35.20
PAN|Panama||Panamanian;Panamanians|Panama City|8.98|-79.52
PNG|Papua New Guinea||Papua New Guinean;Papua New Guineans|Port Moresby|-9.44|147.18
PRY|Paraguay||Paraguayan;Paraguayans|Asuncion;Asunción|-25.26|-57.58
PER|Peru||Peruvian;Peruvians|Lima|-12.05|-77.04
PHL|Philippines|Republic of the Philippines|Philippine;Filipino;Filipinos;Filipina;Filipinas|Manila|14.60|120.98
PCN|Pitcairn Islands|Pitcairn||Adamstown|-25.07|-130.10
POL|Poland||Polish;Poles|Warsaw|52.23|21.01
PRT|Portugal||Portuguese|Lisbon|38.72|-9.14
PRI|Puerto Rico||Puerto Rican;Puerto Ricans|San Juan|18.47|-66.11
QAT|Qatar||Qatari;Qataris|Doha|25.29|51.53
REU|Reunion|Réunion|Reunionese|Saint-Denis|-20.88|55.45
ROU|Romania|Rumania|Romanian;Romanians|Bucharest|44.43|26.10
RUS|Russia|Russian Federation;Soviet Union;USSR;U.S.S.R.|Russian;Russians;Soviet;Soviets|Moscow|55.76|37.62
RWA|Rwanda||Rwandan;Rwandans|Kigali|-1.95|30.06
BLM|Saint Barthelemy|Saint Barthélemy;St. Barthelemy;St. Barts;St. Barths||Gustavia|17.90|-62.85
SHN|Saint Helena|St. Helena;Ascension Island;Tristan da Cunha|Saint Helenian|Jamestown|-15.93|-5.72
KNA|Saint Kitts and Nevis|St. Kitts and Nevis;St. Kitts|Kittitian;Kittitians|Basseterre|17.30|-62.72
LCA|Saint Lucia|St. Lucia|Saint Lucian;Saint Lucians;St. Lucian;St. Lucians|Castries|14.01|-60.99
MAF|Saint Martin|St. Martin||Marigot|18.07|-63.08
SPM|Saint Pierre and Miquelon|St. Pierre and Miquelon||Saint-Pierre|46.78|-56.18
VCT|Saint Vincent and the Grenadines|St. Vincent and the Grenadines;Saint Vincent;St. Vincent|Vincentian;Vincentians|Kingstown|13.16|-61.22
WSM|Samoa|Western Samoa|Samoan;Samoans|Apia|-13.83|-171.76
SMR|San Marino||Sammarinese|San Marino|43.94|12.45
STP|Sao Tome and Principe|São Tomé and Príncipe|Santomean;Santomeans|Sao Tome;São Tomé|0.34|6.73
SAU|Saudi Arabia|Kingdom of Saudi Arabia|Saudi;Saudis;Saudi Arabian;Saudi Arabians|Riyadh|24.71|46.68
SEN|Senegal||Senegalese|Dakar|14.72|-17.47
SRB|Serbia|Serbia and Montenegro;Yugoslavia|Serbian;Serbians;Serb;Serbs;Yugoslav;Yugoslavs|Belgrade|44.79|20.45
SYC|Seychelles||Seychellois|!Victoria|-4.62|55.45
SLE|Sierra Leone||Sierra Leonean;Sierra Leoneans|Freetown|8.48|-13.23
SGP|Singapore||Singaporean;Singaporeans|Singapore|1.29|103.85
SXM|Sint Maarten|||Philipsburg|18.03|-63.05
SVK|Slovakia|Slovak Republic|Slovak;Slovaks;Slovakian|Bratislava|48.15|17.11
SVN|Slovenia||Slovenian;Slovenians;Slovene;Slovenes|Ljubljana|46.06|14.51
SLB|Solomon Islands|Solomons|Solomon Islander;Solomon Islanders|Honiara|-9.43|159.95
SOM|Somalia||Somali;Somalis|Mogadishu|2.05|45.32
ZAF|South Africa|Republic of South Africa|South African;South Africans|Pretoria|-25.75|28.19
SGS|South Georgia and the South Sandwich Islands|South Georgia;South Sandwich Islands||King Edward Point|-54.28|-36.49
SSD|South Sudan||South Sudanese|Juba|4.85|31.58
ESP|Spain||Spanish;Spaniard;Spaniards|Madrid|40.42|-3.70
LKA|Sri Lanka|Ceylon|Sri Lankan;Sri Lankans|Sri Jayawardenepura Kotte;Kotte|6.89|79.90
SDN|Sudan||Sudanese|Khartoum|15.50|32.56
SUR|Suriname|Surinam|Surinamese|Paramaribo|5.85|-55.20
SJM|Svalbard and Jan Mayen|Svalbard||Longyearbyen|78.22|15.65
SWE|Sweden||Swedish;Swede;Swedes|Stockholm|59.33|18.07
CHE|Switzerland||Swiss|Bern;Berne|46.95|7.45
SYR|Syria|Syrian Arab Republic|Syrian;Syrians|Damascus|33.51|36.28
TWN|Taiwan|Republic of China;Formosa|Taiwanese|Taipei|25.03|121.57
TJK|Tajikistan||Tajik;Tajiks;Tajikistani|Dushanbe|38.56|68.78
TZA|Tanzania||Tanzanian;Tanzanians|Dodoma|-6.16|35.75
THA|Thailand|Siam|Thai;Thais|Bangkok|13.76|100.50
TLS|Timor-Leste|East Timor|East Timorese;Timorese|Dili|-8.56|125.57
TGO|Togo||Togolese|Lome;Lomé|6.13|1.22
TKL|Tokelau||Tokelauan;Tokelauans||-9.20|-171.85
TON|Tonga||Tongan;Tongans|Nuku'alofa|-21.14|-175.20
TTO|Trinidad and Tobago|Trinidad|Trinidadian;Trinidadians;Tobagonian;Tobagonians|Port of Spain;Port-of-Spain|10.65|-61.52
TUN|Tunisia||Tunisian;Tunisians|Tunis|36.81|10.18
TUR|Turkey|Turkiye;Türkiye|Turkish;Turk;Turks|Ankara|39.93|32.86
TKM|Turkmenistan||Turkmen;Turkmens|Ashgabat|37.96|58.33
TCA|Turks and Caicos Islands|Turks and Caicos||Cockburn Town|21.46|-71.14
TUV|Tuvalu||Tuvaluan;Tuvaluans|Funafuti|-8.52|179.20
UGA|Uganda||Ugandan;Ugandans|Kampala|0.35|32.58
UKR|Ukraine||Ukrainian;Ukrainians|Kyiv;Kiev|50.45|30.52
ARE|United Arab Emirates|UAE;U.A.E.;Emirates|Emirati;Emiratis|Abu Dhabi|24.45|54.38
GBR|United Kingdom|Britain;Great Britain;U.K.;UK;England;Scotland;Wales;Northern Ireland|British;Briton;Britons;Brit;Brits;Scottish;Scot;Scots;Welsh;Northern Irish|London|51.51|-0.13
USA|United States|United States of America;U.S.;U.S.A.;U.S.A;USA;=US;America|American;Americans|Washington|38.90|-77.04
UMI|United States Minor Outlying Islands|Wake Island;Midway Islands;Midway Atoll|||19.28|166.65
VIR|U.S. Virgin Islands|United States Virgin Islands;US Virgin Islands|Virgin Islander;Virgin Islanders|Charlotte Amalie|18.34|-64.93
URY|Uruguay||Uruguayan;Uruguayans|Montevideo|-34.90|-56.16
UZB|Uzbekistan||Uzbek;Uzbeks;Uzbekistani|Tashkent|41.30|69.24
VUT|Vanuatu||Ni-Vanuatu;Vanuatuan|Port Vila|-17.73|168.32
VEN|Venezuela||Venezuelan;Venezuelans|Caracas|10.48|-66.90
VNM|Vietnam|Viet Nam|Vietnamese|Hanoi|21.03|105.85
WLF|Wallis and Futuna||Wallisian;Futunan|Mata-Utu|-13.28|-176.17
ESH|Western Sahara||Sahrawi;Sahrawis;Saharawi;Saharawis|Laayoune;El Aaiun|27.15|-13.20
YEM|Yemen||Yemeni;Yemenis|Sanaa;Sana'a|15.37|44.19
ZMB|Zambia||Zambian;Zambians|Lusaka|-15.39|28.32
ZWE|Zimbabwe|Rhodesia|Zimbabwean;Zimbabweans|Harare|-17.83|31.05
`

// cityData holds major cities that are not capitals but make news, one a
// line: names|country code|lat|lon.
const cityData = `
New York;New York City|USA|40.71|-74.01
Los Angeles|USA|34.05|-118.24
Chicago|USA|41.88|-87.63
San Francisco|USA|37.77|-122.42
Houston|USA|29.76|-95.37
Shanghai|CHN|31.23|121.47
Shenzhen|CHN|22.54|114.06
Guangzhou;Canton|CHN|23.13|113.26
Wuhan|CHN|30.59|114.31
Mumbai;Bombay|IND|19.08|72.88
Kolkata;Calcutta|IND|22.57|88.36
Karachi|PAK|24.86|67.01
Lahore|PAK|31.55|74.34
Istanbul|TUR|41.01|28.98
St. Petersburg;Saint Petersburg;Leningrad|RUS|59.93|30.34
Frankfurt|DEU|50.11|8.68
Munich|DEU|48.14|11.58
Hamburg|DEU|53.55|9.99
Bonn|DEU|50.74|7.10
Milan|ITA|45.46|9.19
Geneva|CHE|46.20|6.14
Zurich;Zürich|CHE|47.38|8.54
Barcelona|ESP|41.39|2.17
Manchester|GBR|53.48|-2.24
Edinburgh|GBR|55.95|-3.19
Belfast|GBR|54.60|-5.93
Toronto|CAN|43.65|-79.38
Montreal|CAN|45.50|-73.57
Vancouver|CAN|49.28|-123.12
Sydney|AUS|-33.87|151.21
Melbourne|AUS|-37.81|144.96
Osaka|JPN|34.69|135.50
Rio de Janeiro|BRA|-22.91|-43.17
Sao Paulo;São Paulo|BRA|-23.55|-46.63
Johannesburg|ZAF|-26.20|28.05
Cape Town|ZAF|-33.92|18.42
Lagos|NGA|6.52|3.38
Abidjan|CIV|5.36|-4.01
Casablanca|MAR|33.57|-7.59
Dubai|ARE|25.20|55.27
Jeddah|SAU|21.49|39.19
Mecca|SAU|21.39|39.86
Basra|IRQ|30.51|47.81
Mosul|IRQ|36.34|43.13
Aleppo|SYR|36.20|37.13
Homs|SYR|34.73|36.72
Benghazi|LBY|32.12|20.09
Kandahar|AFG|31.63|65.71
Tel Aviv|ISR|32.09|34.78
Gaza City|PSE|31.50|34.47
Hebron|PSE|31.53|35.10
Hague|NLD|52.08|4.31
Rotterdam|NLD|51.92|4.48
Antwerp|BEL|51.22|4.40
Kharkiv;Kharkov|UKR|49.99|36.23
Odesa;Odessa|UKR|46.48|30.72
Donetsk|UKR|48.02|37.80
Mariupol|UKR|47.10|37.55
Crimea|UKR|45.30|34.40
Bujumbura|BDI|-3.38|29.36
La Paz|BOL|-16.50|-68.15
Colombo|LKA|6.93|79.85
Almaty;Alma-Ata|KAZ|43.24|76.95
Ho Chi Minh City;Saigon|VNM|10.82|106.63
Douala|CMR|4.05|9.77
`

// regionData holds the parts of a country that CAMEO codes as actors of
// their own, one a line:
//
//	CAMEO code|canonical name|other names|country|lat|lon
//
// They become LOCATION mentions with the region's code and a place at a
// central point of it: "Gaza" is PSEGZA, not Palestine (PSE).
const regionData = `
PSEGZA|Gaza Strip|Gaza|PSE|31.42|34.36
PSEWSB|West Bank||PSE|31.95|35.25
NGA|Niger Delta||NGA|5.00|6.25
`

// orgData holds international organisations, one a line:
//
//	CAMEO code|canonical name|other names
//
// Acronyms are matched in their exact case ("NATO", and also "Nato" where
// listed); "=" marks one that is never matched in an all-capitals headline.
const orgData = `
IGOUNO|United Nations|UN;U.N.;UN Security Council;U.N. Security Council;United Nations Security Council;Security Council;UNSC
IGOWSTNAT|NATO|Nato;North Atlantic Treaty Organization;North Atlantic Treaty Organisation;North Atlantic Alliance
IGOEUREEC|European Union|EU;E.U.;European Commission;European Community;European Economic Community;EEC;EC;E.C.;Common Market;European Parliament
IGOAFRAFU|African Union|AU Commission
IGOSEAASN|ASEAN|Association of Southeast Asian Nations;Association of South East Asian Nations;Asean
IGOBUSOPC|OPEC|Opec;Organization of Petroleum Exporting Countries;Organisation of Petroleum Exporting Countries
IGOUNOIMF|International Monetary Fund|IMF
IGOUNODEVWBK|World Bank|World Bank Group;International Bank for Reconstruction and Development;IBRD;International Development Association;=IDA;International Finance Corporation;International Finance Corp
IGOBUSWTO|World Trade Organization|World Trade Organisation;WTO;GATT;General Agreement on Tariffs and Trade
IGOUNOHLHWHO|World Health Organization|World Health Organisation;=WHO
IGOUNOIAE|International Atomic Energy Agency|IAEA
IGOUNOREFHCR|UNHCR|UN Refugee Agency;UN High Commissioner for Refugees;United Nations High Commissioner for Refugees
IGOUNOKID|UNICEF|Unicef;United Nations Children's Fund
IGOUNOWFP|World Food Programme|World Food Program;WFP
IGOJUDICC|International Criminal Court|ICC
IGOCOPITP|Interpol
IGOMEAARL|Arab League|League of Arab States
IGOPGSGCC|Gulf Cooperation Council|GCC;Gulf Co-operation Council
IGOOAS|Organization of American States|Organisation of American States;OAS
IGOGOS|Group of Seven|G7;G-7
NGOHLHIRC|Red Cross|International Committee of the Red Cross;ICRC;Red Crescent
NGOHRIAMN|Amnesty International|Amnesty
NGOHRI|Human Rights Watch
`

// landmarkData holds places that stand for a government by metonymy, one
// a line:
//
//	CAMEO code|canonical name|names
//
// They become ORG mentions with the code ("the Kremlin said" -> RUSGOV).
// "Congress" counts only in a text that also names the United States.
const landmarkData = `
RUSGOV|Kremlin|=Kremlin
USAGOV|White House|=White House
CHNGOV|Zhongnanhai|=Zhongnanhai
GBRGOV|Downing Street|=Downing Street;=Number 10 Downing Street;=No. 10 Downing Street
USAMIL|Pentagon|=Pentagon
FRAGOV|Elysee Palace|=Elysee Palace;=Élysée Palace;=Elysee;=Élysée
ISRLEG|Knesset|=Knesset
USAGOV|State Department|=State Department;=Foggy Bottom
GBRGOV|Whitehall|=Whitehall
FRAGOV|Quai d'Orsay|=Quai d'Orsay;=Quai d’Orsay
USALEG|Capitol Hill|=Capitol Hill
USALEG|Congress|=Congress;=U.S. Congress;=US Congress
`

// stopPhrases contain a name but name something else: a match consumes them
// and yields no mention ("Latin America" is not the United States, "New
// Mexico" is not Mexico).
var stopPhrases = []string{
	"Latin America", "Latin American", "Latin Americans",
	"South America", "South American", "South Americans",
	"North America", "North American", "North Americans",
	"Central America", "Central American", "Central Americans",
	"African American", "African Americans", "Native American", "Native Americans",
	"Asian American", "Asian Americans", "American Indian", "American Indians",
	"Bank of America", "Voice of America",
	"Indian Ocean", "South China Sea", "East China Sea", "Gulf of Mexico",
	"New Mexico", "New Mexican", "New Jersey", "Jersey City", "New England", "New South Wales",
	"New Guinea", "North Pole", "South Pole", "George Washington", "Washington Post",
	"Dominican Order", "Irish Sea", "Georgia Tech",
	// rounds of trade talks and clubs of creditors are named after where
	// they began, not after who takes part
	"Uruguay Round", "Tokyo Round", "Kennedy Round", "Doha Round", "Dillon Round",
	"Paris Club", "London Club",
	// a state's own council of security ministers is no body of the United
	// Nations, whose Security Council the bare name means
	"National Security Council",
}
