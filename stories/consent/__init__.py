"""What a young person who sent a story (and a parent) agreed to, and what it allows: publication, reuse.

It sits below the story page, which asks it before every publication and shows the reuse panel; the
contribution journey (stories.contributions) records the consents here and acts on the story pages.
"""
