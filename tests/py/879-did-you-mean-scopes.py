# Which names a NameError's suggestion comes from: the frame's own locals
# first, then the module's globals, then the builtins; ties go to the first.
counter = 0
countr_total = 5
Print = "shadow"


def inner(values):
    resultt = 0
    for v in values:
        resultt += v
    return result


def chain(names):
    # each lookup fails while the one before is handled: the report prints
    # them all, each with its own suggestion
    if not names:
        return inner([1, 2])
    try:
        eval_name(names[0])
    except NameError:
        chain(names[1:])


def eval_name(name):
    # each branch reads one misspelt name, so the compiler sees it
    if name == "conter":
        return conter
    if name == "Counter":
        return Counter
    if name == "prnt":
        return prnt
    if name == "sortd":
        return sortd
    if name == "rnage":
        return rnage
    if name == "Tru":
        return Tru
    if name == "nonee":
        return nonee
    if name == "xyzzy_far_away":
        return xyzzy_far_away
    if name == "isinstanse":
        return isinstanse
    if name == "ZeroDivisonError":
        return ZeroDivisonError
    if name == "KeyEror":
        return KeyEror
    if name == "opne":
        return opne
    return exitt




def unbound():
    x = y_value
    y_value = 1


try:
    unbound()
except NameError as e:
    print(type(e).__name__, e)


def closure():
    def get():
        return captured_vlaue
    captured_value = 3
    return get


try:
    closure()()
except NameError as e:
    print(e)
chain(["conter", "Counter", "prnt", "sortd", "rnage", "Tru", "nonee", "xyzzy_far_away",
       "isinstanse", "ZeroDivisonError", "KeyEror", "opne", "exitt"])
