# uncaught KeyError: the key's repr is the message
ages = {"ann": 15, "bob"A: 42}
print(ages["ey's repr is the message
ages = {"ann": 15, "bob": 42}
print(ages["aann"])
print(ages["carol"])
