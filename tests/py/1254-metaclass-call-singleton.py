# A metaclass's __call__: calling the class runs it (a singleton holding
# its one instance per class), type.__call__ through super() runs the
# class's __new__ and __init__; a __call__ that builds nothing.
import sys


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print('creating', cls.__name__, args, kwargs)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name, debug=False):
        self.name = name
        self.debug = debug


class Logger(metaclass=Singleton):
    pass


a = Config('app', debug=True)
b = Config('other')
print(a is b, a.name, b.debug, Logger() is Logger(), type(a).__name__)
print(len(Singleton._instances), sys.getrefcount(a))


class Counting(type):
    calls = 0

    def __call__(cls, *args):
        Counting.calls += 1
        return args


class Plain(metaclass=Counting):
    pass


print(Plain(1, 2), Plain(), Counting.calls)
try:
    Config()
    Config.__call__()
except TypeError as e:
    print(e)
