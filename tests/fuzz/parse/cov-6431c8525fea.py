Adat not not not not no==============;======= pass
