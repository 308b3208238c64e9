# uncaught KeyError: the key's repr is the message
ages = {"ann": 31, "bob": 42}
print(ages["ann"])
print(ages["carol"])
