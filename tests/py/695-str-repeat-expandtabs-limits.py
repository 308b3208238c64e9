# unicode_repeat refuses a length past PY_SSIZE_T_MAX code points with
# OverflowError before anything is allocated (a shorter impossible one is a
# MemoryError); expandtabs's tabsize is a C int (Argument Clinic)
cases = [
    ("'ab' * 2**62", lambda: 'ab' * 2**62),
    ("'abc' * (2**63 // 3 + 1)", lambda: 'abc' * (2**63 // 3 + 1)),
    ("'é' * 2**62", lambda: 'é' * 2**62),
    ("'ab' * (2**62 - 1)", lambda: 'ab' * (2**62 - 1)),
    ("2**62 * '€'", lambda: 2**62 * '€'),
    ("'\\t'.expandtabs(2**40)", lambda: '\t'.expandtabs(2**40)),
    ("'\\t'.expandtabs(-2**31 - 1)", lambda: '\t'.expandtabs(-2**31 - 1)),
    ("'a\\tb'.expandtabs(-2**31)", lambda: 'a\tb'.expandtabs(-2**31)),
    ("'a\\tbé\\n\\tx'.expandtabs(3)", lambda: 'a\tbé\n\tx'.expandtabs(3)),
]
for src, make in cases:
    try:
        print(src, '->', repr(make()))
    except Exception as e:
        print(src, '!!', repr(e))
