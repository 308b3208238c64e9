# An assignment expression whose target is no name, after a keyword
# argument: no `args` item (expression !':='), so no "positional argument
# follows keyword argument" but python3's generic invalid syntax, at the
# last token of its first pass (the one after the name, read as a kwarg).
print('never')
f(x=1, y.z := 2)
