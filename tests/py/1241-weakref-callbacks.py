# Callbacks run when the referent is deallocated, with the weak reference
# (already dead) as argument, in the order of the referent's list: the
# basic ref (no callback) first, then the callback refs, newest first.
# getweakrefs lists them in that order; getweakrefcount counts them all.
import _weakref
class C:
    pass
def report(tag):
    def cb(wr):
        print("callback", tag, wr() is None, wr is refs[tag])
    return cb
o = C()
refs = {}
refs['first'] = _weakref.ref(o, report('first'))
basic = _weakref.ref(o)
refs['second'] = _weakref.ref(o, report('second'))
refs['third'] = _weakref.ref(o, report('third'))
l = _weakref.getweakrefs(o)
print(len(l), _weakref.getweakrefcount(o))
print(l[0] is basic, l[1] is refs['third'], l[2] is refs['second'], l[3] is refs['first'])
print(o.__weakref__ is basic)
del l
print("deleting")
del o
print("deleted", basic(), _weakref.getweakrefcount(basic))
x = C()
only = _weakref.ref(x, lambda wr: print("only one", wr is only))
print(x.__weakref__ is only)
x = 5
print(_weakref.getweakrefcount(5), _weakref.getweakrefs(5))
