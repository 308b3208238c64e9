# The arena of a script with f-strings: a field's text is parsed by a
# parser of its own (tokens "(" ... ")" and the one read past them), the
# literal text before a field becomes a constant once the field (its
# format spec included) is parsed, the text after the last field at the
# end; implicit concatenation joins the literals.
import gc
v = 7
w = 2
s = f"v={v!r:>{w}} and {v}" " tail" f"{{braces}}"
print(s)
mark = 4242
arena = [r for r in gc.get_referrers(mark) if type(r) is list][0]
print(len(arena))
print([o for o in arena if type(o) is str])
