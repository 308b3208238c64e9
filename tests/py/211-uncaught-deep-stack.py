# exception raised several calls deep; finally blocks run while it propagates
def level3():
    return {}["deep"]
def level2():
    try:
        return level3()
    finally:
        print("cleanup in level2")
def level1():
    return level2()
level1()
