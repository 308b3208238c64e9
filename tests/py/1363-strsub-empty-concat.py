# PyUnicode_Concat returns an operand unchanged only when the other one is
# the empty str singleton itself: an empty instance of a str subclass is
# not it, so 'x' + S('') and S('') + 'x' make a new str (PyUnicode_New,
# never the cached one-character str), 'abc' + S('') a copy of 'abc', and
# S('') + S('') the empty singleton.  Found by gen.py's newsub (seed
# 34002626: traced memory 50 bytes under python3's from then on).
import tracemalloc
class S(str):
    pass
e = S("")
x = chr(33)
abc = "abc"
tracemalloc.start()
c0 = tracemalloc.get_traced_memory()[0]
r = [e + x, x + e, abc + e, e + abc, e + e, e + "", "" + e]
c1 = tracemalloc.get_traced_memory()[0]
print(c1 - c0, [type(t).__name__ for t in r])
print(r[0] is x, r[1] is x, r[2] is abc, r[3] is abc, r[4] is r[5], r[5] is r[6])
print(len(r[4]), x + "" is x, "" + abc is abc)
