# -*- coding: latin-1 -*-
# The compiler's and symbol table's errors quote the line as
# PyErr_ProgramTextObject reads it: the bytes decoded as UTF-8 strictly,
# whatever the file declared.  A latin-1 line with a byte over 127 fails
# that, and the report shows no line; the parser's own errors would
# decode it in latin-1.
x = 5
print(x is 5)  # déjà vu
return x  # été
