from django.apps import AppConfig


class PartnersDirectoryConfig(AppConfig):
    name = "partners_directory"
    verbose_name = "Partenaires"
