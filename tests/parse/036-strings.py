s1 = "double"
s2 = 'single'
s3 = """triple
line"""
s4 = r"raw\n"
s5 = b"bytes"
s6 = rb"raw bytes\x"
s7 = "esc\n\t\\\x41\u0042\U00000043\101"
s8 = "a" "b" 'c'
s9 = u"unicode"
s10 = ""
s11 = "it's"
s12 = 'say "hi"'
s13 = "both ' and \""
s14 = b"\x00\xff\n"
s15 = "\a\b\f\v\0"
s16 = "é ü 中文"
s17 = "\d\q"
s18 = "line\
continued"
s19 = Rb"X" BR"Y"
