# -*- coding: utf-8 -*-
# A str literal holding bytes that are not UTF-8 (allowed past the
# tokenizer once the file declared UTF-8) fails when the parser decodes it:
# with escapes, decode_unicode_with_escapes decodes each run of non-ASCII
# bytes alone (the position counts from the run), and the error points at
# the last token read, the one after the concatenated strings, its column
# counted in the line decoded with errors="replace".
print("never run")
s = ("tab\té�x"
     "next é")
