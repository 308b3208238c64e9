# try/except: matching by class, tuple of classes, bare except, base classes
def risky(k):
    if k == 0:
        return 1 // 0
    if k == 1:
        return [][1]
    if k == 2:
        return {}["missing"]
    if k == 3:
        return int("nope")
    return "fine"
for k in range(5):
    try:
        print(risky(k))
    except ZeroDivisionError:
        print("zero division")
    except (IndexError, KeyError) as e:
        print("lookup:", type(e).__name__)
    except Exception as e:
        print("other:", type(e).__name__, e)
try:
    [].pop()
except LookupError as e:
    print("caught via base class:", type(e).__name__, e)
try:
    undefined_name
except:
    print("bare except")
