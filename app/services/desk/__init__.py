"""The relationship desk: greetings in each customer's own language, with the form of address
customary in it, and birthdays kept in the lunar calendar."""
