# __prepare__: the metaclass's classmethod gets the name, the bases and the
# class statement's other keywords, and its dict is the namespace the body
# runs in; the keywords reach __new__ and __init__ too.  A function as the
# metaclass (no __prepare__: a dict), and a __prepare__ that returns no
# mapping.
class Prepared(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', mcls.__name__, name, bases, kw)
        return {'preset': 42, 'log': []}

    def __new__(mcls, name, bases, ns, **kw):
        print('new', sorted(ns), kw)
        ns['options'] = kw
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Widget(metaclass=Prepared, color='red', size=3):
    log.append(preset)
    twice = preset * 2


print(Widget.preset, Widget.twice, Widget.log, Widget.options)


class Sub(Widget, flag=True):
    pass


print(Sub.options, type(Sub).__name__)


def as_tuple(name, bases, ns):
    return name, bases, sorted(ns)


class NotAClass(metaclass=as_tuple):
    a = 1


print(NotAClass)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class Broken(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(e)
