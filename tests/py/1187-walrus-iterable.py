# An assignment expression in a comprehension's iterable is an error,
# also inside a lambda or comprehension written there.
print('never')
print([x for x in [lambda: (z := 1)][0]() and [1]])
