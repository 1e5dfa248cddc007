import datetime

import pytest

from news.factories import NewsIndexPageFactory, NewsPageFactory


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def make_news(news_index):
    def make(title, days_ago=0, tags=(), **fields):
        news = NewsPageFactory(
            parent=news_index,
            title=title,
            date_published=datetime.date(2026, 11, 20) - datetime.timedelta(days=days_ago),
            **fields,
        )
        if tags:
            news.tags.add(*tags)
            news.save_revision().publish()
        return news

    return make
