# sys.getrefcount of an identifier's string while the file runs: CPython's PEG parser makes a new
# string each time one of its rules reads the NAME token (backtracking re-reads it; memoized
# rules do not), and the AST arena keeps every one: `spam = 1` makes 3, a parameter 10, a
# keyword argument 7, an f-string field 6 (it is parsed again, in parentheses)
import sys
names = ['spam', 'eggs', 'ham', 'bacon', 'kwx', 'attrx', 'elemx', 'cond', 'fld', 'loopvar',
         'fnx', 'param', 'Klass', 'methodx', 'targetx', 'keyx', 'valx', 'sub', 'deleted', 'augd']
def refs():
    return [sys.getrefcount(n) for n in names]
before = refs()
spam = 1
eggs = spam + 1
def fnx(param, other=2):
    return param + other
class Klass:
    def methodx(self, arg):
        return arg
k = Klass()
k.attrx = fnx(spam, other=eggs)
ham = [elemx for elemx in range(3) if elemx]
bacon = {keyx: valx for keyx, valx in [(1, 2)]}
if eggs > spam and not ham:
    cond = 1
for loopvar in ham:
    sub = ham[loopvar:loopvar + 1]
    targetx, kwx = sub, loopvar
print(f"{spam} {eggs!r:>{spam}} {k.attrx}", fld if 0 else 0)
deleted = 5
del deleted
augd = 1
augd += k.methodx(augd)
after = refs()
# (after running, an attribute's name is also held by the type attribute cache, one entry per
# class version looked up in: not modelled, so those two are compared before running only)
for i in range(len(names)):
    print(names[i], before[i], after[i] if names[i] not in ('attrx', 'methodx') else '-')
