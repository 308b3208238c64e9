# -*- coding: utf-8 -*-
# An f-string's replacement field is parsed from a string, whose tokenizer
# is UTF-8 by declaration: a name that does not decode is E_DECODE, which
# the field's parser reports with its "f-string: " prefix, the line being
# the field's text "(...)" decoded with errors="replace", and no caret.
ok = f"{1 + 2}Г©"
bad = f"{ok + дя}"
