# The ImportWarning a relative import issues reads the globals'
# __warningregistry__ as _warnings.c does: one that is neither a dict nor
# None is python3's TypeError (raised instead of the ImportError), None is
# left alone, a dict whose 'version' is not 0 is cleared first, a dict
# with 'version' 0 keeps its entries.
__warningregistry__ = 5
try:
    from . import x
except Exception as e:
    print(type(e).__name__, e)
__warningregistry__ = None
try:
    from . import x
except Exception as e:
    print(type(e).__name__, e)
__warningregistry__ = {"version": 7}
try:
    from . import x
except Exception as e:
    print(type(e).__name__, e)
print(__warningregistry__)
__warningregistry__ = {"version": 0, 1: 2}
try:
    from . import x
except Exception as e:
    print(type(e).__name__, e)
print(__warningregistry__)
del __warningregistry__
try:
    from .q import r
except ImportError as e:
    print(e.args)
print(__warningregistry__)
__warningregistry__ = {"version": True, "k": 1}
try:
    from . import x
except ImportError:
    pass
print(__warningregistry__)
