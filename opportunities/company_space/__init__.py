"""The company space at /espace-entreprise/: a company's account, the offers it proposes and their sign-ups."""
