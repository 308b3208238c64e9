# ReferenceType's slot wrappers, dict and dir() as python3's: r.__call__(),
# r.__hash__(), r.__repr__() run the weakref's own slots; and the rows of
# the measured slot table named by tp_name, so _io.TextIOWrapper's
# __repr__ and __next__ wrappers are there too.
import _weakref, sys
class C:
    pass
o = C()
r = _weakref.ref(o)
print(r.__call__() is o, r.__hash__() == hash(o), r.__repr__() == repr(r))
print(_weakref.ref.__call__, _weakref.ref.__hash__, _weakref.ref.__init__)
print(list(_weakref.ref.__dict__))
print(dir(r))
print(_weakref.ref.__dict__['__callback__'], r.__doc__, _weakref.ref.__doc__)
print(type(sys.stdout).__next__, type(sys.stdout).__repr__)
print(sys.stdout.__repr__() == repr(sys.stdout))
