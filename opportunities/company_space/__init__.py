"""The company space at /espace-entreprise/ (issue 6): accounts, offers and sign-ups of a company.

Being built on the branch `company`: offers and agenda work must not build it elsewhere.
"""
