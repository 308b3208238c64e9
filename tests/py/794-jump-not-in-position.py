# `not x in y` is compiled as `x not in y` (ast_opt) in a test and a value;
# a comprehension's condition raises at its comparison.
def pick(xs, bad):
    return [x for x in xs if not x in bad if (x is None if x else x > 1)]


print(pick([0, 1, 2, 3], (1,)))
print(not 2 in (1, 2), not 3 in (1, 2))
print(pick([0, 1, None, 'a'], 5))
