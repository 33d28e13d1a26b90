//! The ISO 4217 currencies Cairn knows, with their minor units, and each region's usual one.
//!
//! Both tables are compiled in (no network) and kept sorted, so lookups are binary searches and a
//! test can prove the order. Minor units are ISO 4217's own ("exponent"): 0 for the yen or the
//! West African CFA franc, 3 for the Kuwaiti dinar, 2 for most. Funds codes (USN, CLF, XDR...)
//! and precious metals are left out: nobody pays for a day's use in them. The list is ISO 4217's
//! current one (amendment of 2025, which added XCG); BGN stays readable for journeys started
//! before Bulgaria changed to the euro.

/// Active ISO 4217 codes with their minor units, sorted by code.
#[rustfmt::skip]
pub(super) const CURRENCIES: [(&str, u8); 156] = [
    ("AED", 2), ("AFN", 2), ("ALL", 2), ("AMD", 2), ("ANG", 2), ("AOA", 2), ("ARS", 2),
    ("AUD", 2), ("AWG", 2), ("AZN", 2), ("BAM", 2), ("BBD", 2), ("BDT", 2), ("BGN", 2),
    ("BHD", 3), ("BIF", 0), ("BMD", 2), ("BND", 2), ("BOB", 2), ("BRL", 2), ("BSD", 2),
    ("BTN", 2), ("BWP", 2), ("BYN", 2), ("BZD", 2), ("CAD", 2), ("CDF", 2), ("CHF", 2),
    ("CLP", 0), ("CNY", 2), ("COP", 2), ("CRC", 2), ("CUP", 2), ("CVE", 2), ("CZK", 2),
    ("DJF", 0), ("DKK", 2), ("DOP", 2), ("DZD", 2), ("EGP", 2), ("ERN", 2), ("ETB", 2),
    ("EUR", 2), ("FJD", 2), ("FKP", 2), ("GBP", 2), ("GEL", 2), ("GHS", 2), ("GIP", 2),
    ("GMD", 2), ("GNF", 0), ("GTQ", 2), ("GYD", 2), ("HKD", 2), ("HNL", 2), ("HTG", 2),
    ("HUF", 2), ("IDR", 2), ("ILS", 2), ("INR", 2), ("IQD", 3), ("IRR", 2), ("ISK", 0),
    ("JMD", 2), ("JOD", 3), ("JPY", 0), ("KES", 2), ("KGS", 2), ("KHR", 2), ("KMF", 0),
    ("KPW", 2), ("KRW", 0), ("KWD", 3), ("KYD", 2), ("KZT", 2), ("LAK", 2), ("LBP", 2),
    ("LKR", 2), ("LRD", 2), ("LSL", 2), ("LYD", 3), ("MAD", 2), ("MDL", 2), ("MGA", 2),
    ("MKD", 2), ("MMK", 2), ("MNT", 2), ("MOP", 2), ("MRU", 2), ("MUR", 2), ("MVR", 2),
    ("MWK", 2), ("MXN", 2), ("MYR", 2), ("MZN", 2), ("NAD", 2), ("NGN", 2), ("NIO", 2),
    ("NOK", 2), ("NPR", 2), ("NZD", 2), ("OMR", 3), ("PAB", 2), ("PEN", 2), ("PGK", 2),
    ("PHP", 2), ("PKR", 2), ("PLN", 2), ("PYG", 0), ("QAR", 2), ("RON", 2), ("RSD", 2),
    ("RUB", 2), ("RWF", 0), ("SAR", 2), ("SBD", 2), ("SCR", 2), ("SDG", 2), ("SEK", 2),
    ("SGD", 2), ("SHP", 2), ("SLE", 2), ("SOS", 2), ("SRD", 2), ("SSP", 2), ("STN", 2),
    ("SVC", 2), ("SYP", 2), ("SZL", 2), ("THB", 2), ("TJS", 2), ("TMT", 2), ("TND", 3),
    ("TOP", 2), ("TRY", 2), ("TTD", 2), ("TWD", 2), ("TZS", 2), ("UAH", 2), ("UGX", 0),
    ("USD", 2), ("UYU", 2), ("UZS", 2), ("VES", 2), ("VND", 0), ("VUV", 0), ("WST", 2),
    ("XAF", 0), ("XCD", 2), ("XCG", 2), ("XOF", 0), ("XPF", 0), ("YER", 2), ("ZAR", 2),
    ("ZMW", 2), ("ZWG", 2),
];

/// Each ISO 3166-1 region's usual currency (CLDR's current one), sorted by region. Left out:
/// Antarctica (AQ) and Palestine (PS), where no one currency is the usual one; a person there
/// names theirs. Bulgaria uses the euro from 1 January 2026.
#[rustfmt::skip]
pub(super) const REGION_CURRENCIES: [(&str, &str); 247] = [
    ("AD", "EUR"), ("AE", "AED"), ("AF", "AFN"), ("AG", "XCD"), ("AI", "XCD"), ("AL", "ALL"),
    ("AM", "AMD"), ("AO", "AOA"), ("AR", "ARS"), ("AS", "USD"), ("AT", "EUR"), ("AU", "AUD"),
    ("AW", "AWG"), ("AX", "EUR"), ("AZ", "AZN"), ("BA", "BAM"), ("BB", "BBD"), ("BD", "BDT"),
    ("BE", "EUR"), ("BF", "XOF"), ("BG", "EUR"), ("BH", "BHD"), ("BI", "BIF"), ("BJ", "XOF"),
    ("BL", "EUR"), ("BM", "BMD"), ("BN", "BND"), ("BO", "BOB"), ("BQ", "USD"), ("BR", "BRL"),
    ("BS", "BSD"), ("BT", "BTN"), ("BV", "NOK"), ("BW", "BWP"), ("BY", "BYN"), ("BZ", "BZD"),
    ("CA", "CAD"), ("CC", "AUD"), ("CD", "CDF"), ("CF", "XAF"), ("CG", "XAF"), ("CH", "CHF"),
    ("CI", "XOF"), ("CK", "NZD"), ("CL", "CLP"), ("CM", "XAF"), ("CN", "CNY"), ("CO", "COP"),
    ("CR", "CRC"), ("CU", "CUP"), ("CV", "CVE"), ("CW", "XCG"), ("CX", "AUD"), ("CY", "EUR"),
    ("CZ", "CZK"), ("DE", "EUR"), ("DJ", "DJF"), ("DK", "DKK"), ("DM", "XCD"), ("DO", "DOP"),
    ("DZ", "DZD"), ("EC", "USD"), ("EE", "EUR"), ("EG", "EGP"), ("EH", "MAD"), ("ER", "ERN"),
    ("ES", "EUR"), ("ET", "ETB"), ("FI", "EUR"), ("FJ", "FJD"), ("FK", "FKP"), ("FM", "USD"),
    ("FO", "DKK"), ("FR", "EUR"), ("GA", "XAF"), ("GB", "GBP"), ("GD", "XCD"), ("GE", "GEL"),
    ("GF", "EUR"), ("GG", "GBP"), ("GH", "GHS"), ("GI", "GIP"), ("GL", "DKK"), ("GM", "GMD"),
    ("GN", "GNF"), ("GP", "EUR"), ("GQ", "XAF"), ("GR", "EUR"), ("GS", "GBP"), ("GT", "GTQ"),
    ("GU", "USD"), ("GW", "XOF"), ("GY", "GYD"), ("HK", "HKD"), ("HM", "AUD"), ("HN", "HNL"),
    ("HR", "EUR"), ("HT", "HTG"), ("HU", "HUF"), ("ID", "IDR"), ("IE", "EUR"), ("IL", "ILS"),
    ("IM", "GBP"), ("IN", "INR"), ("IO", "USD"), ("IQ", "IQD"), ("IR", "IRR"), ("IS", "ISK"),
    ("IT", "EUR"), ("JE", "GBP"), ("JM", "JMD"), ("JO", "JOD"), ("JP", "JPY"), ("KE", "KES"),
    ("KG", "KGS"), ("KH", "KHR"), ("KI", "AUD"), ("KM", "KMF"), ("KN", "XCD"), ("KP", "KPW"),
    ("KR", "KRW"), ("KW", "KWD"), ("KY", "KYD"), ("KZ", "KZT"), ("LA", "LAK"), ("LB", "LBP"),
    ("LC", "XCD"), ("LI", "CHF"), ("LK", "LKR"), ("LR", "LRD"), ("LS", "LSL"), ("LT", "EUR"),
    ("LU", "EUR"), ("LV", "EUR"), ("LY", "LYD"), ("MA", "MAD"), ("MC", "EUR"), ("MD", "MDL"),
    ("ME", "EUR"), ("MF", "EUR"), ("MG", "MGA"), ("MH", "USD"), ("MK", "MKD"), ("ML", "XOF"),
    ("MM", "MMK"), ("MN", "MNT"), ("MO", "MOP"), ("MP", "USD"), ("MQ", "EUR"), ("MR", "MRU"),
    ("MS", "XCD"), ("MT", "EUR"), ("MU", "MUR"), ("MV", "MVR"), ("MW", "MWK"), ("MX", "MXN"),
    ("MY", "MYR"), ("MZ", "MZN"), ("NA", "NAD"), ("NC", "XPF"), ("NE", "XOF"), ("NF", "AUD"),
    ("NG", "NGN"), ("NI", "NIO"), ("NL", "EUR"), ("NO", "NOK"), ("NP", "NPR"), ("NR", "AUD"),
    ("NU", "NZD"), ("NZ", "NZD"), ("OM", "OMR"), ("PA", "PAB"), ("PE", "PEN"), ("PF", "XPF"),
    ("PG", "PGK"), ("PH", "PHP"), ("PK", "PKR"), ("PL", "PLN"), ("PM", "EUR"), ("PN", "NZD"),
    ("PR", "USD"), ("PT", "EUR"), ("PW", "USD"), ("PY", "PYG"), ("QA", "QAR"), ("RE", "EUR"),
    ("RO", "RON"), ("RS", "RSD"), ("RU", "RUB"), ("RW", "RWF"), ("SA", "SAR"), ("SB", "SBD"),
    ("SC", "SCR"), ("SD", "SDG"), ("SE", "SEK"), ("SG", "SGD"), ("SH", "SHP"), ("SI", "EUR"),
    ("SJ", "NOK"), ("SK", "EUR"), ("SL", "SLE"), ("SM", "EUR"), ("SN", "XOF"), ("SO", "SOS"),
    ("SR", "SRD"), ("SS", "SSP"), ("ST", "STN"), ("SV", "USD"), ("SX", "XCG"), ("SY", "SYP"),
    ("SZ", "SZL"), ("TC", "USD"), ("TD", "XAF"), ("TF", "EUR"), ("TG", "XOF"), ("TH", "THB"),
    ("TJ", "TJS"), ("TK", "NZD"), ("TL", "USD"), ("TM", "TMT"), ("TN", "TND"), ("TO", "TOP"),
    ("TR", "TRY"), ("TT", "TTD"), ("TV", "AUD"), ("TW", "TWD"), ("TZ", "TZS"), ("UA", "UAH"),
    ("UG", "UGX"), ("UM", "USD"), ("US", "USD"), ("UY", "UYU"), ("UZ", "UZS"), ("VA", "EUR"),
    ("VC", "XCD"), ("VE", "VES"), ("VG", "USD"), ("VI", "USD"), ("VN", "VND"), ("VU", "VUV"),
    ("WF", "XPF"), ("WS", "WST"), ("YE", "YER"), ("YT", "EUR"), ("ZA", "ZAR"), ("ZM", "ZMW"),
    ("ZW", "ZWG"),
];
