"""Customer value: RFM scores, the 80/20 view and suggested tiers, referrals, sales stages,
lost customers and importing purchases. Every rule takes "today" as a parameter."""
