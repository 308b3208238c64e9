# Objects still alive when the script ends: the order their __del__ runs in when a
# name was rebound on the way (v8 then v10 made, then v8 rebound to a newer object).
class Tracked:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("del", self.label)

v8 = Tracked("first v8")
v10 = Tracked("v10")
v8 = Tracked("second v8")
print("end of script")
