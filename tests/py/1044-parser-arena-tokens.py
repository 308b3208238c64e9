# The tokens' bytes in the parser's arena: every token's text, a NEWLINE
# after a comment holding the comment (the tokenizer's start is at the
# '#'), INDENT and DEDENT holding b''; a number inside an f-string field
# is read twice by the field's parser, so the arena holds two objects.
import gc   # first
def f(a):   # second
    return a * 2.75
s = f"{f(1.25)!r:>8}" # third
mark = 55555
arena = [r for r in gc.get_referrers(mark) if type(r) is list][0]
print([o for o in arena if type(o) is bytes])
print([o for o in arena if type(o) is float])
print(len(arena), s)
