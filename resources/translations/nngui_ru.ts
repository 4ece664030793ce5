<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../nngui/qt/accessibility.py" line="+34"/>
        <source>Training speed</source>
        <translation>Скорость показа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training situations</source>
        <translation>Ситуации для обучения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per situation: its inputs, then the expected output. The arrow keys move between cells; Space switches a cell between 0 and 1; typing a number changes it. The network&apos;s wrong answers are marked in the row headers.</source>
        <translation>По строке на ситуацию: её входы, затем ожидаемый выход. Клавиши со стрелками переходят между ячейками; пробел переключает ячейку между 0 и 1; введённое число меняет её. Ситуации, на которые нейросеть отвечает неверно, отмечены в заголовках строк.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Riddle</source>
        <translation>Загадка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The riddle&apos;s inputs, then the network&apos;s answer to it. Space switches an input between 0 and 1.</source>
        <translation>Входы загадки, затем ответ нейросети на неё. Пробел переключает вход между 0 и 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network&apos;s answer to the riddle</source>
        <translation>Ответ нейросети на загадку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network&apos;s answer to the riddle, a number from 0 to 1</source>
        <translation>Ответ нейросети на загадку — число от 0 до 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many situations the network answers right</source>
        <translation>На сколько ситуаций нейросеть отвечает верно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of iterations</source>
        <translation>Число итераций</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>Скорость обучения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed (the starting number)</source>
        <translation>Зерно (начальное число)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden layers</source>
        <translation>Скрытые слои</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation function</source>
        <translation>Функция активации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates: when the weights are adjusted</source>
        <translation>Калибровка: когда корректируются веса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss: how the error is measured</source>
        <translation>Ошибка сети: как измеряется ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the last change of a setting was refused</source>
        <translation>Почему последнее изменение настройки не принято</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the text</source>
        <translation>Очистить текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select all</source>
        <translation>Выделить всё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select every cell of the table</source>
        <translation>Выделить все ячейки таблицы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network diagram</source>
        <translation>Схема сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the loss on a logarithmic scale, so that the small losses of late training stay visible</source>
        <translation>Показывать ошибку сети в логарифмическом масштабе, чтобы её малые значения в конце обучения оставались видны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loss plot</source>
        <translation>График ошибки сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loss after each iteration; it falls as the network learns. The latest loss is in the status bar.</source>
        <translation>Ошибка сети после каждой итерации; она уменьшается, пока нейросеть обучается. Последнее значение — в строке состояния.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training timeline</source>
        <translation>История обучения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick an iteration to see the weights and the loss as they were then</source>
        <translation>Выберите итерацию, чтобы увидеть веса и ошибку сети такими, какими они были тогда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights plot</source>
        <translation>График весов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each weight&apos;s value over the iterations</source>
        <translation>Значение каждого веса по итерациям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training progress</source>
        <translation>Ход обучения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the training run is done</source>
        <translation>Какая часть обучения уже выполнена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truth table</source>
        <translation>Таблица истинности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every combination of the inputs, one row each, with the network&apos;s answer; the rows it was trained on are marked.</source>
        <translation>Все сочетания входов, по строке на каждое, с ответом нейросети; строки, на которых она обучалась, отмечены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space</source>
        <translation>Пространство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Axis 1</source>
        <translation>Ось 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Axis 2</source>
        <translation>Ось 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Axis 3</source>
        <translation>Ось 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planes</source>
        <translation>Плоскости</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Panels</source>
        <translation>Панели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More tools</source>
        <translation>Другие кнопки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More menus</source>
        <translation>Другие меню</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Python script</source>
        <translation>Скрипт на Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenario as a standalone NumPy script (read only)</source>
        <translation>Сценарий в виде отдельного скрипта на NumPy (только для чтения)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting started</source>
        <translation>С чего начать</translation>
    </message>
</context>
<context>
    <name>AnswerCard</name>
    <message numerus="yes">
        <location filename="../../nngui/qt/widgets/controls.py" line="+466"/>
        <source>{0} of %n situations right</source>
        <translation>
            <numerusform>Верно в {0} из %n ситуации</numerusform>
            <numerusform>Верно в {0} из %n ситуаций</numerusform>
            <numerusform>Верно в {0} из %n ситуаций</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weights blew up: the learning rate is far too large. Try a smaller learning rate, then Reset and Train.</source>
        <translation>Веса стали огромными: скорость обучения слишком велика. Уменьшите её, затем нажмите «Сброс» и «Обучить».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training made the loss worse: each adjustment overshoots. Try a smaller learning rate, then Reset and Train.</source>
        <translation>Обучение увеличило ошибку сети: каждая калибровка проскакивает нужное значение. Уменьшите скорость обучения, затем нажмите «Сброс» и «Обучить».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loss has stopped falling: one neuron cannot get these situations right. Try a hidden layer (for example 4).</source>
        <translation>Ошибка сети перестала уменьшаться: один нейрон не может правильно ответить на эти ситуации. Добавьте скрытый слой (например, из 4 нейронов).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loss has stopped falling. Try a smaller learning rate, or more neurons in the hidden layer, then Reset and Train.</source>
        <translation>Ошибка сети перестала уменьшаться. Уменьшите скорость обучения или добавьте нейронов в скрытый слой, затем нажмите «Сброс» и «Обучить».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not learned yet: the loss is still falling. Train more iterations.</source>
        <translation>Сеть ещё не обучилась: ошибка сети продолжает уменьшаться. Продолжите обучение.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The network&apos;s answer to the riddle:</source>
        <translation>Ответ сети на загадку:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The network&apos;s answer to the riddle after iteration {0}:</source>
        <translation>Ответ сети на загадку после итерации {0}:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Exactly {0}</source>
        <translation>Точное значение: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not to be trusted: the network has not learned the situations</source>
        <translation>доверять нельзя: сеть не выучила ситуации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confident</source>
        <translation>сеть уверена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fairly sure</source>
        <translation>сеть почти уверена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsure</source>
        <translation>сеть не уверена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 or 1? — {0}</source>
        <translation>0 или 1? — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../nngui/qt/code_dialog.py" line="+166"/>
        <source>Python code</source>
        <translation>Код на Python</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listing the article promised: this script trains the same network the same way and prints the same answer. It needs only Python and NumPy.</source>
        <translation>Тот самый код, который обещала статья: этот скрипт обучает ту же сеть тем же способом и печатает тот же ответ. Ему нужны только Python и NumPy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole script to the clipboard</source>
        <translation>Скопировать весь скрипт в буфер обмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the script as a .py file</source>
        <translation>Сохранить скрипт в файл .py</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copied to the clipboard</source>
        <translation>Скопировано в буфер обмена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the script</source>
        <translation>Сохранить скрипт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Python scripts (*.py);;All files (*)</source>
        <translation>Скрипты Python (*.py);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot save the script</source>
        <translation>Не удаётся сохранить скрипт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The script could not be saved to {0}:
{1}</source>
        <translation>Не удалось сохранить скрипт в файл {0}:
{1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to {0}</source>
        <translation>Сохранено в файл {0}</translation>
    </message>
</context>
<context>
    <name>DiagramLegend</name>
    <message numerus="yes">
        <location filename="../../nngui/qt/widgets/diagram_legend.py" line="+72"/>
        <source>showing the %Ln strongest of {0} weights</source>
        <translation>
            <numerusform>показан %Ln самый сильный вес из {0}</numerusform>
            <numerusform>показаны %Ln самых сильных веса из {0}</numerusform>
            <numerusform>показаны %Ln самых сильных весов из {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Showing the %Ln strongest of {0} weights.</source>
        <translation>
            <numerusform>Показан %Ln самый сильный вес из {0}.</numerusform>
            <numerusform>Показаны %Ln самых сильных веса из {0}.</numerusform>
            <numerusform>Показаны %Ln самых сильных весов из {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagramReading</name>
    <message numerus="yes">
        <location filename="../../nngui/qt/widgets/diagram_reading.py" line="+65"/>
        <source>%Ln inputs</source>
        <translation>
            <numerusform>%Ln вход</numerusform>
            <numerusform>%Ln входа</numerusform>
            <numerusform>%Ln входов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>hidden layer {0}, %Ln neurons</source>
        <translation>
            <numerusform>скрытый слой {0}, %Ln нейрон</numerusform>
            <numerusform>скрытый слой {0}, %Ln нейрона</numerusform>
            <numerusform>скрытый слой {0}, %Ln нейронов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln outputs</source>
        <translation>
            <numerusform>%Ln выход</numerusform>
            <numerusform>%Ln выхода</numerusform>
            <numerusform>%Ln выходов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln weights: the arrow keys walk through them.</source>
        <translation>
            <numerusform>%Ln вес: клавиши со стрелками переходят по ним.</numerusform>
            <numerusform>%Ln веса: клавиши со стрелками переходят по ним.</numerusform>
            <numerusform>%Ln весов: клавиши со стрелками переходят по ним.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../../nngui/qt/widgets/explain.py" line="+150"/>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the iteration before this one</source>
        <translation>Показать предыдущую итерацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward ▶</source>
        <translation>Вперёд ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the iteration after this one</source>
        <translation>Показать следующую итерацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Copy this iteration as text, every number in full</source>
        <translation>Скопировать эту итерацию текстом, все числа полностью</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+98"/>
        <source>Do one iteration and show its numbers</source>
        <translation>Выполнить одну итерацию и показать её числа</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No iteration yet</source>
        <translation>Итераций пока нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iteration {0} of {1}</source>
        <translation>Итерация {0} из {1}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Error before this iteration (the mean of error²): {0}.</source>
        <translation>Ошибка сети до этой итерации (среднее квадратов ошибок): {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learning rate: {0}.</source>
        <translation>Скорость обучения: {0}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Press Step to see one iteration, number by number.</source>
        <translation>Нажмите «Шаг», чтобы увидеть одну итерацию — число за числом.</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <location line="+6"/>
        <source>%Ln more rows</source>
        <translation>
            <numerusform>ещё %Ln строка</numerusform>
            <numerusform>ещё %Ln строки</numerusform>
            <numerusform>ещё %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Error of this iteration (cross-entropy, each situation&apos;s at its turn): {0}.</source>
        <translation>Ошибка сети за эту итерацию (перекрёстная энтропия, у каждой ситуации — в её очередь): {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error of this iteration (the mean of error², each situation&apos;s at its turn): {0}.</source>
        <translation>Ошибка сети за эту итерацию (среднее квадратов ошибок, у каждой ситуации — в её очередь): {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error before this iteration (cross-entropy): {0}.</source>
        <translation>Ошибка сети до этой итерации (перекрёстная энтропия): {0}.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <location line="+5"/>
        <source>%Ln more columns</source>
        <translation>
            <numerusform>ещё %Ln столбец</numerusform>
            <numerusform>ещё %Ln столбца</numerusform>
            <numerusform>ещё %Ln столбцов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(only the first %Ln rows and columns are copied; {0})</source>
        <translation>
            <numerusform>(скопированы только первая %Ln строка и первый %Ln столбец; кроме них — {0})</numerusform>
            <numerusform>(скопированы только первые %Ln строки и столбца; кроме них — {0})</numerusform>
            <numerusform>(скопированы только первые %Ln строк и столбцов; кроме них — {0})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Here, each Step is shown with its real numbers:

X  →  1. weigh  →  2. normalise  →  answer
answer  →  3. compare with y  →  4. calibrate W

</source>
        <translation>Здесь каждый шаг показан с настоящими числами:

X  →  1. взвешиваем  →  2. нормализуем  →  ответ
ответ  →  3. сравниваем с y  →  4. калибруем W

</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Showing {0} of the %Ln most recent iterations kept</source>
        <translation>
            <numerusform>Показана {0}-я из %Ln последней сохранённой итерации</numerusform>
            <numerusform>Показана {0}-я из %Ln последних сохранённых итераций</numerusform>
            <numerusform>Показана {0}-я из %Ln последних сохранённых итераций</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Forward: from the inputs to the answer</source>
        <translation>Прямой ход: от входных данных к ответу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backward: calibrating, output layer first (backpropagation)</source>
        <translation>Обратный ход: калибровка весов, начиная с выходного слоя (обратное распространение ошибки)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Situations one at a time, in the order {0} (shuffled by the seed): each adjusts the weights before the next.</source>
        <translation>Ситуации по одной, в порядке {0} (вперемешку, по зерну): каждая калибрует веса до следующей.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Situations one at a time, in the order {0}: each adjusts the weights before the next.</source>
        <translation>Ситуации по одной, в порядке {0}: каждая калибрует веса до следующей.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each row below is its situation as computed at its turn, with the weights the situation before it left; the worked examples follow situation {0}, the first one taken. The adjustments of every situation add up.</source>
        <translation>Каждая строка ниже — её ситуация, посчитанная в её очередь, с весами, которые оставила предыдущая ситуация; примеры расчёта идут по ситуации {0}, взятой первой. Калибровки всех ситуаций складываются.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The first %n situations taken show their own adjustments at the end.</source>
        <translation>
            <numerusform>Своя калибровка первой %n ситуации в порядке очереди показана в конце.</numerusform>
            <numerusform>Свои калибровки первых %n ситуаций в порядке очереди показаны в конце.</numerusform>
            <numerusform>Свои калибровки первых %n ситуаций в порядке очереди показаны в конце.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One situation at a time</source>
        <translation>По одной ситуации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order of the situations</source>
        <translation>Порядок ситуаций</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Situation {0}, taken {1} of {2}</source>
        <translation>Ситуация {0}, взята {1}-й из {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its error {0} adjusts the weights it found; the next situation starts from these.</source>
        <translation>Её ошибка {0} калибрует веса, которые она получила; следующая ситуация начинает с этих весов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(The output layer&apos;s weights: the other layers change the same way.)</source>
        <translation>(Веса выходного слоя: остальные слои меняются так же.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weights before this situation</source>
        <translation>веса до этой ситуации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights after this situation</source>
        <translation>веса после этой ситуации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each situation&apos;s adjustment, in the order taken</source>
        <translation>Калибровка каждой ситуации, в порядке очереди</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>out</source>
        <translation>выход</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sum</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>slope</source>
        <translation>наклон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delta</source>
        <translation>дельта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adjustment</source>
        <translation>калибровка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new W</source>
        <translation>новые W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new b</source>
        <translation>новое b</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bias adjustment</source>
        <translation>калибровка b</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the output layer</source>
        <translation>выходного слоя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden layer {0}</source>
        <translation>скрытого слоя {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>inputs, one row per situation</source>
        <translation>входные данные, по строке на ситуацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outputs of hidden layer {0}, one row per situation</source>
        <translation>выходы скрытого слоя {0}, по строке на ситуацию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights, one column per neuron</source>
        <translation>веса, по столбцу на нейрон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weighted sums, one row per situation</source>
        <translation>взвешенные суммы, по строке на ситуацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>outputs, one row per situation</source>
        <translation>выходы, по строке на ситуацию</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>bias, one per neuron</source>
        <translation>смещение, по одному на нейрон</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weigh the inputs</source>
        <translation>Взвешиваем входные данные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weigh the inputs of {0}</source>
        <translation>Взвешиваем входные данные {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each row of X is one situation; each column of W holds one neuron&apos;s weights. Multiply every input by its weight and add them up: X · W.</source>
        <translation>Каждая строка X — одна ситуация; каждый столбец W — веса одного нейрона. Умножаем каждый вход на его вес и складываем произведения: X · W.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outputs of hidden layer {0} are the inputs of the next layer. Its weights {1} weigh them the same way.</source>
        <translation>Выходы скрытого слоя {0} — это входные данные следующего слоя. Его веса {1} взвешивают их точно так же.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bias b is added to each sum.</source>
        <translation>К каждой сумме прибавляется смещение b.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tanh squeezes every weighted sum into a number between −1 and 1.</source>
        <translation>tanh (гиперболический тангенс) сжимает каждую взвешенную сумму в число от −1 до 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normalise with tanh</source>
        <translation>Нормализуем функцией tanh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normalise {0} with tanh</source>
        <translation>Нормализуем суммы {0} функцией tanh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ tanh →</source>
        <translation>→ tanh →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReLU keeps a weighted sum above 0 as it is (up to {0}) and turns the others into 0.</source>
        <translation>ReLU оставляет взвешенную сумму больше 0 как есть (не больше {0}), а остальные превращает в 0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normalise with ReLU</source>
        <translation>Нормализуем функцией ReLU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normalise {0} with ReLU</source>
        <translation>Нормализуем суммы {0} функцией ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ ReLU →</source>
        <translation>→ ReLU →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step function answers 1 where the weighted sum is above 0, and 0 elsewhere.</source>
        <translation>Ступенчатая функция отвечает 1, где взвешенная сумма больше 0, и 0 в остальных случаях.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step({0})</source>
        <translation>ступенька({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normalise with the step function</source>
        <translation>Нормализуем ступенчатой функцией</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normalise {0} with the step function</source>
        <translation>Нормализуем суммы {0} ступенчатой функцией</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ step →</source>
        <translation>→ ступенчатая функция →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sigmoid 1 / (1 + e^−x) squeezes every weighted sum into a number between 0 and 1.</source>
        <translation>Сигмоида 1 / (1 + e^−x) превращает каждую взвешенную сумму в число от 0 до 1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These are the network&apos;s answers for the situations.</source>
        <translation>Это и есть ответы сети для каждой ситуации.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Normalise with the sigmoid</source>
        <translation>Нормализуем сигмоидой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normalise {0} with the sigmoid</source>
        <translation>Нормализуем суммы {0} сигмоидой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ sigmoid →</source>
        <translation>→ сигмоида →</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>({0})</source>
        <translation>(для {0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>errors, one row per situation</source>
        <translation>ошибки, по строке на ситуацию</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>slopes of the sigmoid</source>
        <translation>наклоны сигмоиды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deltas, one row per situation</source>
        <translation>дельты, по строке на ситуацию</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+120"/>
        <source>how much each weight changes</source>
        <translation>на сколько меняется каждый вес</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected outputs, one row per situation</source>
        <translation>ожидаемые выходы, по строке на ситуацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The error is the expected output minus the network&apos;s answer. Negative means the answer was too high, positive too low.</source>
        <translation>Ошибка — это ожидаемый выход минус ответ сети. Отрицательная ошибка означает, что ответ слишком велик, положительная — что слишком мал.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with the expected output</source>
        <translation>Сравниваем с ожидаемым выходом</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deltas of the layer above</source>
        <translation>дельты следующего слоя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the layer above&apos;s weights, turned on their side</source>
        <translation>транспонированная матрица весов следующего слоя (строки стали столбцами)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A hidden layer has no expected outputs. Its error is the output&apos;s delta sent back through the weights: delta · Wᵀ.</source>
        <translation>У скрытого слоя нет ожидаемых выходов. Его ошибка — это дельта выхода, отправленная назад через веса: дельта · Wᵀ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A hidden layer has no expected outputs. Its error is the next layer&apos;s delta sent back through the weights: delta · Wᵀ.</source>
        <translation>У скрытого слоя нет ожидаемых выходов. Его ошибка — это дельта следующего слоя, отправленная назад через веса: дельта · Wᵀ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each hidden neuron gets a share of the blame in proportion to its weight to the next layer.</source>
        <translation>Каждый скрытый нейрон получает свою долю вины — пропорционально весу своей связи со следующим слоем.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the error back</source>
        <translation>Отправляем ошибку назад</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>How steep the sigmoid is at each answer: out × (1 − out). It is largest at 0.5, where the neuron is unsure, and tiny near 0 or 1, where it is sure.</source>
        <translation>Насколько круто поднимается сигмоида в точке каждого ответа: выход × (1 − выход) — это её производная. Она наибольшая при 0,5, где нейрон не уверен, и очень мала около 0 и 1, где он уверен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The slope of the sigmoid</source>
        <translation>Наклон сигмоиды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>× (1 − {0}) =</source>
        <translation>× (1 − {0}) =</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Multiply each error by its slope, number by number (not a matrix product). Sure answers change little, unsure ones change more.</source>
        <translation>Умножаем каждую ошибку на её наклон, число на число (это не матричное умножение). Уверенные ответы меняются мало, неуверенные — сильнее.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delta = error × slope</source>
        <translation>Дельта = ошибка × наклон</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>the inputs turned on their side: one row per input</source>
        <translation>транспонированная матрица входных данных (строки стали столбцами): по строке на вход</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>slopes of tanh: 1 − out²</source>
        <translation>наклоны tanh: 1 − выход²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slopes of ReLU: 1 or 0</source>
        <translation>наклоны ReLU: 1 или 0</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>How much to change each weight: its input times the delta, added up over the situations.</source>
        <translation>На сколько изменить каждый вес: произведения его входа на дельту, сложенные по всем ситуациям.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An input that was 0 leaves its weight alone.</source>
        <translation>Если вход был 0, его вес не меняется.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The learning rate {0} scales every adjustment.</source>
        <translation>Каждая калибровка умножается на скорость обучения {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adjustment = {0} · delta</source>
        <translation>Калибровка = {0} · дельта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weights before this iteration</source>
        <translation>веса до этой итерации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weights after this iteration</source>
        <translation>веса после этой итерации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the adjustment to the weights. The next iteration starts from these new weights.</source>
        <translation>Прибавляем калибровку к весам. Следующая итерация начнётся с этих новых весов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New weights = {0} + adjustment</source>
        <translation>Новые веса = {0} + калибровка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bias before this iteration</source>
        <translation>смещение до этой итерации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum of the deltas</source>
        <translation>сумма дельт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bias after this iteration</source>
        <translation>смещение после этой итерации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bias is a weight whose input is always 1, so its adjustment is the sum of the deltas (times the learning rate).</source>
        <translation>Смещение — это вес, вход которого всегда равен 1, поэтому его калибровка — сумма дельт (умноженная на скорость обучения).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New bias</source>
        <translation>Новое смещение</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The step function has no slope: the perceptron rule adjusts by the error itself (Rosenblatt&apos;s rule), so the delta is the error.</source>
        <translation>У ступенчатой функции нет наклона: правило перцептрона (Розенблатта) калибрует веса по самой ошибке, поэтому дельта равна ошибке.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With cross-entropy, the delta of the output is the error itself: the sigmoid&apos;s slope cancels out of the formula.</source>
        <translation>С перекрёстной энтропией дельта выхода — это сама ошибка: наклон сигмоиды сокращается в формуле.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>delta = error = {0}</source>
        <translation>дельта = ошибка = {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delta = error (no slope)</source>
        <translation>Дельта = ошибка (без наклона)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How steep tanh is at each answer: 1 − out². It is largest at 0, where the neuron is unsure, and tiny near −1 or 1, where it is sure.</source>
        <translation>Насколько круто поднимается tanh в точке каждого ответа: 1 − выход² — это её производная. Она наибольшая при 0, где нейрон не уверен, и очень мала около −1 и 1, где он уверен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The slope of tanh</source>
        <translation>Наклон tanh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ 1 − {0}² →</source>
        <translation>→ 1 − {0}² →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How steep ReLU is at each answer: 1 where the output is above 0 (and below {0}), else 0. A neuron that answered 0 does not learn from this situation.</source>
        <translation>Насколько круто поднимается ReLU в точке каждого ответа: 1, где выход больше 0 (и меньше {0}), иначе 0. Нейрон, ответивший 0, ничему не учится на этой ситуации.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>out = {0}, so the slope is {1}</source>
        <translation>выход = {0}, поэтому наклон равен {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The slope of ReLU</source>
        <translation>Наклон ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ 1 if above 0, else 0 →</source>
        <translation>→ 1, если больше 0, иначе 0 →</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Multiply each error by its slope, number by number (not a matrix product). Where the slope is 0, the delta is 0.</source>
        <translation>Умножаем каждую ошибку на её наклон, число на число (это не матричное умножение). Где наклон равен 0, дельта тоже 0.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Situation {0}: </source>
        <translation>Ситуация {0}: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situation {0}, neuron 1: </source>
        <translation>Ситуация {0}, нейрон 1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Situation 1: </source>
        <translation>Ситуация 1: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situation 1, neuron 1: </source>
        <translation>Ситуация 1, нейрон 1: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight 1: </source>
        <translation>Вес 1: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight from input 1 to neuron 1: </source>
        <translation>Вес от входа 1 к нейрону 1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight from hidden neuron 1: </source>
        <translation>Вес от скрытого нейрона 1: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight from hidden neuron 1 to neuron 1: </source>
        <translation>Вес от скрытого нейрона 1 к нейрону 1: </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>… (%n more)</source>
        <translation>
            <numerusform>… (и ещё %n)</numerusform>
            <numerusform>… (и ещё %n)</numerusform>
            <numerusform>… (и ещё %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileListModel</name>
    <message numerus="yes">
        <location filename="../../nngui/qt/file_dialog.py" line="+115"/>
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байта</numerusform>
            <numerusform>%Ln байт</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} KiB</source>
        <translation>{0} КБ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} MiB</source>
        <translation>{0} МБ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} GiB</source>
        <translation>{0} ГБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} TiB</source>
        <translation>{0} ТБ</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../../nngui/qt/help.py" line="+33"/>
        <source>Getting Started</source>
        <translation>С чего начать</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;h3&gt;Your first minutes with nngui&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Read the situations&lt;/b&gt; on the left: each row is a set of inputs (0 or 1) and the output the network should learn. You can change any cell.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Look at the riddle&lt;/b&gt; below them: inputs the network has never seen. Its answer is shown in the answer card.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Press Step&lt;/b&gt; (F10) once. The Explain panel shows that one iteration number by number: weigh, normalise, compare, calibrate.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Press Train&lt;/b&gt; (F5). The loss curve falls as the network learns; the answer to the riddle moves towards 0 or 1.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Press Reset&lt;/b&gt; (Ctrl+R) to start again from fresh weights. Try the presets in the File menu: XOR is the one a single neuron cannot learn.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;What the colours mean&lt;/h3&gt;&lt;p&gt;{0} a positive weight, {1} a negative weight, {2} a weight near 0; the thicker the line, the larger the weight.&lt;/p&gt;&lt;p&gt;A neuron is filled the more, the closer its output is to 1: empty is 0, full is 1. In the truth table the bar behind an answer does the same, and ✗ marks an answer on the wrong side of 0.5.&lt;/p&gt;&lt;p&gt;Larger text for a projector: View → Zoom In (Ctrl++).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Первые минуты с программой nngui&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Прочитайте ситуации&lt;/b&gt; слева: в каждой строке — входы (0 или 1) и выход, которому сеть должна научиться. Любую ячейку можно изменить.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Посмотрите на загадку&lt;/b&gt; под ними: это входы, которых сеть никогда не видела. Ответ сети на неё показан ниже, в карточке ответа.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Нажмите «Шаг»&lt;/b&gt; (F10) один раз. Панель «Объяснение» покажет эту итерацию число за числом: взвешиваем, нормализуем, сравниваем, калибруем.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Нажмите «Обучить»&lt;/b&gt; (F5). По мере обучения график ошибки сети идёт вниз, а ответ на загадку приближается к 0 или 1.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Нажмите «Сброс»&lt;/b&gt; (Ctrl+R), чтобы начать заново с новыми весами. Попробуйте примеры из меню «Файл»: XOR — тот, который один нейрон выучить не может.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Что означают цвета&lt;/h3&gt;&lt;p&gt;{0} — положительный вес, {1} — отрицательный вес, {2} — вес около 0; чем толще линия, тем больше вес.&lt;/p&gt;&lt;p&gt;Чем ближе выход нейрона к 1, тем сильнее он закрашен: пустой — 0, полный — 1. В таблице истинности так же работает полоска за ответом, а ✗ отмечает ответ по другую сторону от 0,5.&lt;/p&gt;&lt;p&gt;Крупный текст для проектора: «Вид» → «Увеличить текст» (Ctrl++).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../nngui/qt/history.py" line="+28"/>
        <source>bias of {0}</source>
        <translation>смещение: {0}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Train from an earlier iteration?</source>
        <translation>Обучать с более ранней итерации?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are looking at iteration {0} of {1}.</source>
        <translation>Вы смотрите на итерацию {0} из {1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue from here: the iterations after it are dropped (Edit → Undo brings them back). Or go back to the last iteration and train on from there.</source>
        <translation>Продолжить отсюда: итерации после неё будут отброшены («Правка» → «Отменить» вернёт их). Или вернуться к последней итерации и продолжить обучение с неё.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Continue from Here</source>
        <translation>&amp;Продолжить отсюда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;End</source>
        <translation>К &amp;последней итерации</translation>
    </message>
</context>
<context>
    <name>InputSpacePanel</name>
    <message>
        <location filename="../../nngui/qt/widgets/input_space.py" line="+61"/>
        <source>nngui input space</source>
        <translation>Пространство входов nngui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the drawing could not be written</source>
        <translation>не удалось записать рисунок</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the picture could not be written</source>
        <translation>не удалось записать картинку</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Axes:</source>
        <translation>Оси:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset view</source>
        <translation>Исходный вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face the cube from the starting angle again (or double-click it)</source>
        <translation>Снова повернуть куб к исходному ракурсу (или дважды щёлкнуть по нему)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The input space, or the hidden space: where the output neuron sees each situation</source>
        <translation>Пространство входов или пространство скрытого слоя: где выходной нейрон видит каждую ситуацию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which hidden neurons&apos; planes to draw</source>
        <translation>Плоскости каких скрытых нейронов рисовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network&apos;s inputs and the situations&apos; do not match yet.</source>
        <translation>Входы сети и входы ситуаций пока не совпадают.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>Input space</source>
        <translation>Пространство входов</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Input {0}</source>
        <translation>Вход {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+41"/>
        <source>Hidden neuron {0}</source>
        <translation>Скрытый нейрон {0}</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Hidden space</source>
        <translation>Пространство скрытого слоя</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The input drawn along axis {0}</source>
        <translation>Вход, отложенный по оси {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hidden neuron drawn along axis {0}</source>
        <translation>Скрытый нейрон, отложенный по оси {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every hidden neuron&apos;s plane</source>
        <translation>Плоскости всех скрытых нейронов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first {0} hidden neurons&apos; planes</source>
        <translation>Плоскости первых {0} скрытых нейронов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No planes</source>
        <translation>Без плоскостей</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No plane puts these situations&apos; 1s and 0s on different sides, so one neuron cannot learn them. Add a hidden layer.</source>
        <translation>Никакая плоскость не разделяет единицы и нули этих ситуаций, поэтому один нейрон не может их выучить. Добавьте скрытый слой.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With a hidden layer, where the answer is 0.5 need not be flat. Each coloured plane is one hidden neuron&apos;s own boundary; the hidden space shows the situations as the output neuron sees them.</source>
        <translation>Со скрытым слоем граница, где ответ равен 0,5, может быть и не плоской. Каждая цветная плоскость — граница одного скрытого нейрона; пространство скрытого слоя показывает ситуации такими, какими их видит выходной нейрон.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each situation is placed at its hidden neurons&apos; outputs: what the output neuron sees. The output is one neuron, so where it answers 0.5 is flat here: once the network has learnt, that plane separates the 1s from the 0s.</source>
        <translation>Каждая ситуация стоит в точке, которую задают выходы скрытых нейронов: это то, что видит выходной нейрон. Выход — один нейрон, поэтому здесь граница, где он отвечает 0,5, плоская: когда сеть обучится, эта плоскость отделит единицы от нулей.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Held at the riddle&apos;s values: {0}. Situations with other values there are drawn faint.</source>
        <translation>Остальные входы взяты из загадки: {0}. Ситуации, у которых там другие значения, нарисованы бледно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held at the riddle&apos;s activations: {0}. The points are the situations&apos; own activations on the three axes.</source>
        <translation>Остальные выходы скрытых нейронов взяты из загадки: {0}. Точки — собственные выходы ситуаций по трём осям.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Showing the first {0} of %Ln situations.</source>
        <translation>
            <numerusform>Показаны первые {0} из %Ln ситуации.</numerusform>
            <numerusform>Показаны первые {0} из %Ln ситуаций.</numerusform>
            <numerusform>Показаны первые {0} из %Ln ситуаций.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plane where the answer is 0.5 does not cut through the cube: the answer is at least 0.5 everywhere in it.</source>
        <translation>Плоскость, где ответ равен 0,5, не проходит через куб: везде в нём ответ не меньше 0,5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plane where the answer is 0.5 does not cut through the cube: the answer is at most 0.5 everywhere in it.</source>
        <translation>Плоскость, где ответ равен 0,5, не проходит через куб: везде в нём ответ не больше 0,5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The line where the answer is 0.5 does not cut through the square: the answer is at least 0.5 everywhere in it.</source>
        <translation>Прямая, где ответ равен 0,5, не проходит через квадрат: везде в нём ответ не меньше 0,5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The line where the answer is 0.5 does not cut through the square: the answer is at most 0.5 everywhere in it.</source>
        <translation>Прямая, где ответ равен 0,5, не проходит через квадрат: везде в нём ответ не больше 0,5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The point where the answer is 0.5 is not inside the range shown: the answer is at least 0.5 all along it.</source>
        <translation>Точка, где ответ равен 0,5, лежит за пределами показанного отрезка: на всём отрезке ответ не меньше 0,5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The point where the answer is 0.5 is not inside the range shown: the answer is at most 0.5 all along it.</source>
        <translation>Точка, где ответ равен 0,5, лежит за пределами показанного отрезка: на всём отрезке ответ не больше 0,5.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The network&apos;s answer over its inputs; where it is 0.5 is drawn as a plane, a line or a point.</source>
        <translation>Ответ сети в зависимости от её входов; там, где он равен 0,5, нарисована плоскость, прямая или точка.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PNG images (*.png)</source>
        <translation>Картинки PNG (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Input Space</source>
        <translation>Экспорт пространства входов</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export</source>
        <translation>Не удаётся экспортировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {0}.</source>
        <translation>Экспортирован файл {0}.</translation>
    </message>
</context>
<context>
    <name>InputSpaceView</name>
    <message>
        <location filename="../../nngui/qt/widgets/input_space_marks.py" line="+321"/>
        <source>riddle: {0}</source>
        <extracomment>Expected 1 is a filled square of the answers&apos; &quot;1&quot; colour; expected 0 a hollow one. Faint situations drawn on one spot at most: more would look the same (each is 35 % opaque), and a thousand situations of 64 inputs fall on the cube&apos;s eight corners.</extracomment>
        <translation>загадка: {0}</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/widgets/input_space_paint.py" line="+99"/>
        <source>answer 0 … 1</source>
        <translation>ответ от 0 до 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected 1</source>
        <translation>ожидается 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected 0</source>
        <translation>ожидается 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>riddle</source>
        <translation>загадка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plane: answer 0.5</source>
        <translation>плоскость: ответ 0,5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line: answer 0.5</source>
        <translation>прямая: ответ 0,5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>point: answer 0.5</source>
        <translation>точка: ответ 0,5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answer 0.5</source>
        <translation>ответ 0,5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where hidden neuron … is 0.5:</source>
        <translation>где выход скрытого нейрона … равен 0,5:</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/widgets/input_space_view.py" line="+235"/>
        <source>Situation {0}</source>
        <extracomment>Radians the cube turns per pixel dragged. How near (pixels) the mouse must come to a point to explain it.</extracomment>
        <translation>Ситуация {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Situations {0}</source>
        <translation>Ситуации {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Corner {0}</source>
        <translation>Вершина {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The riddle</source>
        <translation>Загадка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These inputs are the riddle.</source>
        <translation>Эти входы — загадка.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inputs: {0}</source>
        <translation>Входы: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden neurons: {0}</source>
        <translation>Скрытые нейроны: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer: {0}</source>
        <translation>Ответ: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected: {0}</source>
        <translation>Ожидается: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(drawn faint: its inputs off the axes are not the riddle&apos;s)</source>
        <translation>(нарисована бледно: её входы вне осей не совпадают с загадкой)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected: none (not one of the situations)</source>
        <translation>Ожидается: ничего (это не одна из ситуаций)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected: ? (this is the riddle)</source>
        <translation>Ожидается: ? (это загадка)</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../nngui/qt/widgets/lessons.py" line="+178"/>
        <location line="+112"/>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Learn by doing: each lesson asks you to predict, compute or change something, and checks what you did. Choose a lesson above and press Start.</source>
        <translation>Учитесь на деле: каждый урок просит что-то предсказать, посчитать или изменить и проверяет, что у вас получилось. Выберите урок вверху и нажмите «Начать».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You finished this lesson. Choose another one above, or restart this one.</source>
        <translation>Вы прошли этот урок. Выберите вверху другой или начните этот заново.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Step {0} of {1}</source>
        <translation>Шаг {0} из {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hint: {0}</source>
        <translation>Подсказка: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locked by this lesson: {0}</source>
        <translation>Заблокировано этим уроком: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+63"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Done! Go on with Next.</source>
        <translation>Готово! Нажмите «Далее».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet. Try again, or ask for a hint.</source>
        <translation>Пока нет. Попробуйте ещё раз или попросите подсказку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done yet: the panel checks as you work.</source>
        <translation>Пока не выполнено: панель проверяет по ходу вашей работы.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the lesson chosen in the list</source>
        <translation>Открыть урок, выбранный в списке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart lesson</source>
        <translation>Заново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start this lesson over from its first step</source>
        <translation>Начать этот урок заново с первого шага</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other lessons</source>
        <translation>Другие уроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the list of lessons</source>
        <translation>Показать список уроков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hint</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Your answer</source>
        <translation>Ваш ответ</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../nngui/qt/lessons.py" line="+38"/>
        <source>learning rate</source>
        <translation>скорость обучения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iterations</source>
        <translation>итерации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed</source>
        <translation>зерно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden layers</source>
        <translation>скрытые слои</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activation</source>
        <translation>функция активации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updates</source>
        <translation>калибровка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss</source>
        <translation>ошибка сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>situations</source>
        <translation>ситуации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>riddle</source>
        <translation>загадка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weights on the diagram</source>
        <translation>веса на схеме сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train and Step</source>
        <translation>«Обучить» и «Шаг»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python code</source>
        <translation>код на Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input space</source>
        <translation>пространство входов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>truth table</source>
        <translation>таблица истинности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain</source>
        <translation>«Объяснение»</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot open the lesson</source>
        <translation>Не удаётся открыть урок</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+42"/>
        <source>Stop training first.</source>
        <translation>Сначала остановите обучение.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Open Lesson</source>
        <translation>Открыть урок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nngui lessons (*{0});;All files (*)</source>
        <translation>Уроки nngui (*{0});;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The lesson starts over.</source>
        <translation>Урок начинается заново.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Type a number, like 0.5.</source>
        <translation>Введите число, например 0,5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an answer.</source>
        <translation>Выберите ответ.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Step {0} done.</source>
        <translation>Шаг {0} выполнен.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Locked by the lesson</source>
        <translation>Заблокировано уроком</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the lesson</source>
        <translation>урока</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the scenario</source>
        <translation>сценария</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Share Code</source>
        <translation>Открыть код для передачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a share code (it starts with nngui1:):</source>
        <translation>Вставьте код для передачи (он начинается с nngui1:):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the share code</source>
        <translation>Не удаётся открыть код для передачи</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opened the scenario of a share code.</source>
        <translation>Открыт сценарий из кода для передачи.</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../../nngui/qt/widgets/loss_plot.py" line="+292"/>
        <source>Press Train or Step:&lt;br&gt;the loss of each iteration is drawn here.</source>
        <translation>Нажмите «Обучить» или «Шаг»:&lt;br&gt;здесь будет нарисована ошибка сети на каждой итерации.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Iteration {0}</source>
        <translation>Итерация {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss at iteration {0}: {1}</source>
        <translation>Итерация {0}: ошибка сети {1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loss (cross-entropy)</source>
        <translation>Ошибка сети (перекрёстная энтропия)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>Ошибка сети</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>loss 0</source>
        <translation>ошибка сети 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losses of exactly 0 are drawn on this dashed line: a logarithmic axis has no 0.</source>
        <translation>Ошибка сети, равная ровно 0, рисуется на этой пунктирной линии: в логарифмическом масштабе нуля нет.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Loss (mean squared error)</source>
        <translation>Ошибка сети (ср. ошибок²)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Iteration</source>
        <translation>Итерация</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../nngui/qt/session.py" line="+47"/>
        <source>Set a weight to {0}</source>
        <translation>вес = {0}</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/actions.py" line="+63"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export Si&amp;tuations (CSV)…</source>
        <translation>Экспорт си&amp;туаций (CSV)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Training</source>
        <translation>&amp;Обучение</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where the network answers 1 and where 0, over its inputs</source>
        <translation>Где сеть отвечает 1, а где 0, в зависимости от входов</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Logarithmic Loss &amp;Scale</source>
        <translation>&amp;Логарифмический масштаб ошибки сети</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Open &amp;Recent</source>
        <translation>Не&amp;давние файлы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Presets</source>
        <translation>&amp;Примеры</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E&amp;xport</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="-19"/>
        <location filename="../../nngui/qt/main_window.py" line="+260"/>
        <source>Explain</source>
        <translation>Объяснение</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/main_window.py" line="+1"/>
        <source>Truth Table</source>
        <translation>Таблица истинности</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/actions.py" line="+172"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>&amp;New</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new scenario (the article&apos;s task)</source>
        <translation>Начать новый сценарий (задача из статьи)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a scenario file</source>
        <translation>Открыть файл сценария</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Lesson…</source>
        <translation>Открыть &amp;урок…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a lesson file (*.nngui-lesson.json) in the Lessons panel</source>
        <translation>Открыть файл урока (*.nngui-lesson.json) на панели «Уроки»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the scenario</source>
        <translation>Сохранить сценарий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the scenario in a new file</source>
        <translation>Сохранить сценарий в новый файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Situations (CSV)…</source>
        <translation>&amp;Импорт ситуаций (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the situations with those of a CSV file</source>
        <translation>Заменить ситуации теми, что в файле CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the situations as a CSV file</source>
        <translation>Сохранить ситуации в файл CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loss as &amp;CSV…</source>
        <translation>&amp;Ошибка сети (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the loss of every iteration as a CSV file</source>
        <translation>Сохранить ошибку сети на каждой итерации в файл CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss Plot as &amp;PNG…</source>
        <translation>&amp;График ошибки сети (PNG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the loss plot as a picture</source>
        <translation>Сохранить график ошибки сети как картинку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagram as P&amp;NG…</source>
        <translation>&amp;Схема сети (PNG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the network diagram as a picture</source>
        <translation>Сохранить схему сети как картинку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagram as &amp;SVG…</source>
        <translation>Схема сети (&amp;векторная, SVG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the network diagram as a scalable SVG drawing</source>
        <translation>Сохранить схему сети как масштабируемый рисунок SVG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input Space as PN&amp;G…</source>
        <translation>&amp;Пространство входов (PNG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the input space as a picture</source>
        <translation>Сохранить пространство входов как картинку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input Space as S&amp;VG…</source>
        <translation>Пространство входов (век&amp;торное, SVG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the input space as a scalable SVG drawing</source>
        <translation>Сохранить пространство входов как масштабируемый рисунок SVG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training &amp;History as CSV…</source>
        <translation>&amp;История обучения (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every iteration: its loss and every weight after it</source>
        <translation>Каждая итерация: её ошибка сети и все веса после неё</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close nngui</source>
        <translation>Закрыть программу nngui</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy Situations</source>
        <translation>&amp;Копировать ситуации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected cells (or every situation) as tab-separated text, for a spreadsheet</source>
        <translation>Скопировать выделенные ячейки (или все ситуации) как текст с табуляцией — для электронной таблицы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Paste Situations</source>
        <translation>&amp;Вставить ситуации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste cells copied from a spreadsheet at the current cell; rows beyond the last situation are added</source>
        <translation>Вставить ячейки, скопированные из электронной таблицы, начиная с текущей ячейки; строки после последней ситуации станут новыми ситуациями</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as S&amp;hare Code</source>
        <translation>&amp;Скопировать как код для передачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the scenario (or the lesson shown) as one line of text to paste anywhere</source>
        <translation>Скопировать сценарий (или показанный урок) одной строкой текста, которую можно вставить куда угодно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Share C&amp;ode…</source>
        <translation>Открыть код &amp;для передачи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the scenario or lesson of a pasted share code</source>
        <translation>Открыть сценарий или урок из вставленного кода для передачи</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../nngui/qt/main_window.py" line="+97"/>
        <source>&amp;Train</source>
        <translation>&amp;Обучить</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../nngui/qt/main_window.py" line="+1"/>
        <source>Repeat the four steps for the set number of iterations</source>
        <translation>Повторить четыре шага столько раз, сколько задано итераций</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../nngui/qt/main_window.py" line="-4"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>Па&amp;уза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause or resume training</source>
        <translation>Приостановить или продолжить обучение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Step</source>
        <translation>&amp;Шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One iteration: weigh, normalise, compare, calibrate</source>
        <translation>Одна итерация: взвесить, нормализовать, сравнить, откалибровать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset</source>
        <translation>С&amp;брос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fresh starting weights from the seed; clears the loss curve</source>
        <translation>Новые начальные веса из зерна; график ошибки сети очищается</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I&amp;nput Space</source>
        <translation>&amp;Пространство входов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Weights over Time</source>
        <translation>В&amp;еса по ходу обучения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every weight after every iteration, coloured like its edge</source>
        <translation>Каждый вес после каждой итерации, того же цвета, что его линия на схеме</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the loss on a logarithmic scale</source>
        <translation>Показывать ошибку сети в логарифмическом масштабе</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;In</source>
        <translation>У&amp;величить текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make every text larger, for a projector</source>
        <translation>Сделать весь текст крупнее — для проектора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Уменьшить текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make every text smaller</source>
        <translation>Сделать весь текст мельче</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actual Size</source>
        <translation>Обычный р&amp;азмер текста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every text at the system&apos;s size again</source>
        <translation>Вернуть весь текст к размеру, заданному в системе</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Уроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn by doing: lessons that ask, check and give hints</source>
        <translation>Учитесь на деле: уроки, которые спрашивают, проверяют и подсказывают</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;С чего начать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to click first, and what the colours mean</source>
        <translation>Куда нажимать сначала и что означают цвета</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About nngui</source>
        <translation>&amp;О программе nngui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What nngui teaches, and credits</source>
        <translation>Чему учит программа nngui; благодарности</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Show as Python &amp;Code…</source>
        <translation>Показать &amp;код на Python…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lost listing of the article: this scenario as a short NumPy script</source>
        <translation>Потерянный листинг из статьи: этот сценарий в виде короткого скрипта на NumPy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Python Code</source>
        <translation>Код на Python</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&amp;Explain Panel</source>
        <translation>&amp;Объяснение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one iteration step by step, with the real numbers</source>
        <translation>Показать одну итерацию шаг за шагом, с настоящими числами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Truth Table</source>
        <translation>&amp;Таблица истинности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network&apos;s answer for every combination of 0 and 1</source>
        <translation>Ответ сети для каждой комбинации нулей и единиц</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the recent files</source>
        <translation>Забыть недавние файлы</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/files.py" line="+37"/>
        <source>The article&apos;s task</source>
        <translation>Задача из статьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article&apos;s worked example</source>
        <translation>Пример расчёта из статьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two layers (hidden layer of 4)</source>
        <translation>Два слоя (скрытый слой из 4 нейронов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AND</source>
        <translation>И (AND)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OR</source>
        <translation>ИЛИ (OR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAND</source>
        <translation>И-НЕ (NAND)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XOR</source>
        <translation>Исключающее ИЛИ (XOR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XOR with a hidden layer</source>
        <translation>Исключающее ИЛИ (XOR) со скрытым слоем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First two equal (XNOR)</source>
        <translation>Первые два равны (XNOR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT first input</source>
        <translation>Отрицание первого входа (NOT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority of three</source>
        <translation>Большинство из трёх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odd parity of three</source>
        <translation>Нечётное число единиц из трёх</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Load the preset “{0}”</source>
        <translation>Загрузить пример «{0}»</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/widgets/panels.py" line="+88"/>
        <source>Training situations</source>
        <translation>Ситуации для обучения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riddle</source>
        <translation>Загадка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a cell to switch it between 0 and 1.</source>
        <translation>Щёлкните по ячейке, чтобы переключить её значение между 0 и 1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training is paused: the situations and settings are locked until it stops. The riddle stays clickable.</source>
        <translation>Обучение приостановлено: ситуации и настройки заблокированы, пока оно не закончится. Загадку можно менять.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training is running: the situations and settings are locked until it stops. The riddle stays clickable.</source>
        <translation>Идёт обучение: ситуации и настройки заблокированы, пока оно не закончится. Загадку можно менять.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The network</source>
        <translation>Нейросеть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network after iteration {0} (End: the last)</source>
        <translation>Нейросеть после итерации {0} (End — последняя)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loss</source>
        <translation>Ошибка сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log scale</source>
        <translation>Логарифмический масштаб</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/actions.py" line="+44"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>{0} {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/main_window.py" line="-93"/>
        <source>Input Space</source>
        <translation>Пространство входов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights</source>
        <translation>Веса</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Hidden layers: {0}. Example: 4 or 4, 3</source>
        <translation>Скрытые слои: {0}. Пример: 4 или 4, 3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added a hidden layer of 4 neurons. Press Train.</source>
        <translation>Добавлен скрытый слой из 4 нейронов. Нажмите «Обучить».</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/lessons.py" line="-95"/>
        <location filename="../../nngui/qt/main_window.py" line="+14"/>
        <location filename="../../nngui/qt/session.py" line="+284"/>
        <source>Stop training to edit weights.</source>
        <translation>Остановите обучение, чтобы менять веса.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nngui/qt/main_window.py" line="+11"/>
        <source>&amp;Train {0} more</source>
        <translation>
            <numerusform>&amp;Обучить ещё {0} итерацию</numerusform>
            <numerusform>&amp;Обучить ещё {0} итерации</numerusform>
            <numerusform>&amp;Обучить ещё {0} итераций</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go on from iteration {0}; Reset starts over.</source>
        <translation>Продолжить с итерации {0}; «Сброс» начинает заново.</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/session.py" line="-112"/>
        <source>Nothing to do: the number of iterations is 0.</source>
        <translation>Обучение не запущено: число итераций равно 0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop training to edit the situations or the settings.</source>
        <translation>Остановите обучение, чтобы менять ситуации или настройки.</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/main_window.py" line="-17"/>
        <location filename="../../nngui/qt/session.py" line="+41"/>
        <source>Pause training to step one iteration at a time.</source>
        <translation>Поставьте обучение на паузу, чтобы выполнять по одной итерации.</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/session.py" line="+29"/>
        <source>Fresh weights from seed {0}.</source>
        <translation>Новые начальные веса из зерна {0}.</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/main_window.py" line="-3"/>
        <source>Stop training to change the settings.</source>
        <translation>Остановите обучение, чтобы менять настройки.</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/widgets/status.py" line="+48"/>
        <source>Iteration {0}</source>
        <translation>Итерация {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss —</source>
        <translation>Ошибка сети —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss {0}</source>
        <translation>Ошибка сети {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now {0}</source>
        <translation>сейчас {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at iteration {0}: {1}</source>
        <translation>на итерации {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/main_window.py" line="-66"/>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}[*] — nngui</source>
        <translation>{0}[*] — nngui</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/files.py" line="+16"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenario has unsaved changes. Save them first?</source>
        <translation>В сценарии есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discard</source>
        <comment>unsaved changes</comment>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop training first.</source>
        <translation>Сначала остановите обучение.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open Scenario</source>
        <translation>Открыть сценарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nngui scenarios (*{0});;All files (*)</source>
        <translation>Сценарии nngui (*{0});;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the scenario</source>
        <translation>Не удаётся открыть сценарий</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened {0}.</source>
        <translation>Открыт файл {0}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>scenario</source>
        <translation>сценарий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Scenario</source>
        <translation>Сохранить сценарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nngui scenarios (*{0})</source>
        <translation>Сценарии nngui (*{0})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save the scenario</source>
        <translation>Не удаётся сохранить сценарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Saved {0}.</source>
        <translation>Сохранён файл {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Situations</source>
        <translation>Импорт ситуаций</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot import the situations</source>
        <translation>Не удаётся импортировать ситуации</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Situations</source>
        <translation>Экспорт ситуаций</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Export Loss</source>
        <translation>Экспорт ошибки сети</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Training History</source>
        <translation>Экспорт истории обучения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Loss Plot</source>
        <translation>Экспорт графика ошибки сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>PNG images (*.png)</source>
        <translation>Картинки PNG (*.png)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+7"/>
        <source>Export Diagram</source>
        <translation>Экспорт схемы сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot export</source>
        <translation>Не удаётся экспортировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported {0}.</source>
        <translation>Экспортирован файл {0}.</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>nngui network diagram</source>
        <translation>Схема нейросети nngui</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the drawing could not be written</source>
        <translation>не удалось записать рисунок</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the picture could not be written</source>
        <translation>не удалось записать картинку</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/main_window.py" line="+163"/>
        <source>About nngui</source>
        <translation>О программе nngui</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;nngui {0}&lt;/h3&gt;&lt;p&gt;Watch a tiny neural network learn, and understand every number it computes.&lt;/p&gt;&lt;p&gt;nngui teaches what one sigmoid neuron does: it weighs the inputs, normalises the sum with the sigmoid, compares the result with the expected output, and calibrates its weights — tens of thousands of times. Step through one iteration in the Explain panel, see every answer in the truth table, and take the whole thing home as a NumPy script.&lt;/p&gt;&lt;p&gt;Built from the Russian beginners&apos; article “Нейросеть на Python для чайников” (“A neural network in Python for dummies”), a retelling of the well-known “simple neural network in 9 lines of Python”. The situations, the riddle 1 0 0, the worked example with weights 0.5 and the seed 1 all come from there.&lt;/p&gt;&lt;p&gt;Made with Python, NumPy, Qt (PySide6) and pyqtgraph.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;nngui {0}&lt;/h3&gt;&lt;p&gt;Посмотрите, как учится крошечная нейросеть, и поймите каждое число, которое она считает.&lt;/p&gt;&lt;p&gt;Программа nngui показывает, что делает один нейрон с сигмоидой: взвешивает входные данные, нормализует сумму сигмоидой, сравнивает результат с ожидаемым выходом и калибрует веса — десятки тысяч раз. Пройдите одну итерацию шаг за шагом в панели «Объяснение», посмотрите все ответы в таблице истинности и заберите всё с собой в виде скрипта на NumPy.&lt;/p&gt;&lt;p&gt;Программа построена по статье для начинающих «Нейросеть на Python для чайников» — пересказу известной «простой нейросети в 9 строк на Python». Ситуации, загадка 1 0 0, пример расчёта с весами 0,5 и зерно 1 — всё оттуда.&lt;/p&gt;&lt;p&gt;Написана на Python с NumPy, Qt (PySide6) и pyqtgraph.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/autosave.py" line="+58"/>
        <source>Could not write the recovery file: {0}</source>
        <translation>Не удалось записать файл восстановления: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an untitled scenario</source>
        <translation>без названия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore unsaved work?</source>
        <translation>Восстановить несохранённую работу?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nngui was closed unexpectedly while {0} had unsaved changes. Restore them?</source>
        <translation>Программа nngui неожиданно закрылась, когда в сценарии {0} оставались несохранённые изменения. Восстановить их?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Не восстанавливать</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../nngui/qt/messages.py" line="+62"/>
        <source>No such file or directory</source>
        <translation>Нет такого файла или папки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission denied</source>
        <translation>Доступ запрещён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is a directory</source>
        <translation>Это папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a directory</source>
        <translation>Это не папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File exists</source>
        <translation>Файл уже существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No space left on device</source>
        <translation>На диске не осталось места</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only file system</source>
        <translation>Файловая система только для чтения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name too long</source>
        <translation>Слишком длинное имя файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk quota exceeded</source>
        <translation>Превышена дисковая квота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input/output error</source>
        <translation>Ошибка ввода-вывода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation not permitted</source>
        <translation>Операция не разрешена</translation>
    </message>
    <message>
        <location filename="../../nngui/model/texts.py" line="+63"/>
        <source>situations</source>
        <translation>ситуации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inputs</source>
        <translation>входы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected output</source>
        <translation>ожидаемый выход</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>expected outputs</source>
        <translation>ожидаемые выходы</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>riddle</source>
        <translation>загадка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden layers</source>
        <translation>скрытые слои</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>learning rate</source>
        <translation>скорость обучения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iterations</source>
        <translation>итерации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed</source>
        <translation>зерно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bias</source>
        <translation>смещение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>initial weights</source>
        <translation>начальные веса</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>settings</source>
        <translation>настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}, {what}</source>
        <translation>{where}, {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>situation {situation} (line {line})</source>
        <translation>ситуация {situation} (строка {line})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>situation {situation}</source>
        <translation>ситуация {situation}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>input {input}</source>
        <translation>вход {input}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the expected output</source>
        <translation>ожидаемый выход</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hidden layer {layer}</source>
        <translation>скрытый слой {layer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>activation</source>
        <translation>функция активации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updates</source>
        <translation>калибровка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss</source>
        <translation>ошибка сети</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer {layer}</source>
        <translation>слой {layer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column {column}</source>
        <translation>столбец {column}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}</source>
        <translation>строка {line}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>preset {name}</source>
        <translation>пример {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trained network</source>
        <translation>обученная сеть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iteration</source>
        <translation>итерация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weights</source>
        <translation>веса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>biases</source>
        <translation>смещения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>losses</source>
        <translation>ошибки сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the loss of iteration {iteration}</source>
        <translation>ошибка сети на итерации {iteration}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training timeline</source>
        <translation>история обучения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>part {part}</source>
        <translation>часть {part}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{n} columns</source>
        <translation>
            <numerusform>{n} столбец</numerusform>
            <numerusform>{n} столбца</numerusform>
            <numerusform>{n} столбцов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} situations</source>
        <translation>
            <numerusform>{n} ситуация</numerusform>
            <numerusform>{n} ситуации</numerusform>
            <numerusform>{n} ситуаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{n} expected outputs</source>
        <translation>
            <numerusform>{n} ожидаемый выход</numerusform>
            <numerusform>{n} ожидаемых выхода</numerusform>
            <numerusform>{n} ожидаемых выходов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} inputs</source>
        <translation>
            <numerusform>{n} вход</numerusform>
            <numerusform>{n} входа</numerusform>
            <numerusform>{n} входов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} weight tables</source>
        <translation>
            <numerusform>{n} таблица весов</numerusform>
            <numerusform>{n} таблицы весов</numerusform>
            <numerusform>{n} таблиц весов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} rows</source>
        <translation>
            <numerusform>{n} строка</numerusform>
            <numerusform>{n} строки</numerusform>
            <numerusform>{n} строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} weights</source>
        <translation>
            <numerusform>{n} вес</numerusform>
            <numerusform>{n} веса</numerusform>
            <numerusform>{n} весов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} neurons</source>
        <translation>
            <numerusform>{n} нейрон</numerusform>
            <numerusform>{n} нейрона</numerusform>
            <numerusform>{n} нейронов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} bias vectors</source>
        <translation>
            <numerusform>{n} вектор смещений</numerusform>
            <numerusform>{n} вектора смещений</numerusform>
            <numerusform>{n} векторов смещений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} layers</source>
        <translation>
            <numerusform>{n} слой</numerusform>
            <numerusform>{n} слоя</numerusform>
            <numerusform>{n} слоёв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} numbers</source>
        <translation>
            <numerusform>{n} число</numerusform>
            <numerusform>{n} числа</numerusform>
            <numerusform>{n} чисел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>a number with {n} digits</source>
        <translation>
            <numerusform>число из {n} цифры</numerusform>
            <numerusform>число из {n} цифр</numerusform>
            <numerusform>число из {n} цифр</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text {text}</source>
        <translation>текст {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expecting value</source>
        <translation>ожидалось значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>ожидалась запятая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>ожидалось двоеточие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>ожидалось имя поля в двойных кавычках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra data</source>
        <translation>лишний текст после конца данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unterminated string starting at</source>
        <translation>строка не закрыта кавычкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid control character at</source>
        <translation>недопустимый управляющий символ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid \escape</source>
        <translation>недопустимая последовательность с \</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illegal trailing comma before end of object</source>
        <translation>запятая перед концом объекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illegal trailing comma before end of array</source>
        <translation>запятая перед концом списка</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot open the file ({reason})</source>
        <translation>не удаётся открыть файл ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the file ({reason})</source>
        <translation>не удаётся прочитать файл ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not an ordinary file</source>
        <translation>это не обычный файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is {size} MB; files over {limit} MB are refused</source>
        <translation>размер файла {size} МБ; файлы больше {limit} МБ не открываются</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is larger than {limit} MB</source>
        <translation>файл больше {limit} МБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not a text file (byte {n} is not valid UTF-8)</source>
        <translation>это не текстовый файл (байт {n} — не UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not allowed; use ordinary numbers</source>
        <translation>{name} не допускается; используйте обычные числа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data is nested too deeply</source>
        <translation>данные вложены слишком глубоко</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid JSON (line {n}, column {m}: {reason})</source>
        <translation>ошибка в JSON (строка {n}, позиция {m}: {reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid JSON ({reason})</source>
        <translation>ошибка в JSON ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no preset called {name}</source>
        <translation>нет примера с названием {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the recovery file is damaged</source>
        <translation>файл восстановления повреждён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected text</source>
        <translation>ожидался текст</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>more than {n} situations; at most {m} are allowed</source>
        <translation>
            <numerusform>больше {n} ситуации, а можно не больше {m}</numerusform>
            <numerusform>больше {n} ситуаций, а можно не больше {m}</numerusform>
            <numerusform>больше {n} ситуаций, а можно не больше {m}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid CSV ({reason})</source>
        <translation>ошибка в CSV ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no situations found</source>
        <translation>ситуации не найдены</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} situations; at most {m} are allowed</source>
        <translation>
            <numerusform>{n} ситуация, а можно не больше {m}</numerusform>
            <numerusform>{n} ситуации, а можно не больше {m}</numerusform>
            <numerusform>{n} ситуаций, а можно не больше {m}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each row needs at least one input and then the expected output</source>
        <translation>в каждой строке должен быть хотя бы один вход, а за ним ожидаемый выход</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{n} inputs; at most {m} are allowed</source>
        <translation>
            <numerusform>{n} вход, а можно не больше {m}</numerusform>
            <numerusform>{n} входа, а можно не больше {m}</numerusform>
            <numerusform>{n} входов, а можно не больше {m}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{here} has {columns}; the first situation has {m}</source>
        <translation>{here}: {columns}, а в первой ситуации — {m}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{situations} but {outputs}</source>
        <translation>{situations}, а {outputs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>situation {situation} has {inputs}; the riddle (and so the network) has {m}</source>
        <translation>в ситуации {situation} — {inputs}, а в загадке (а значит, и у сети) — {m}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected one of {choices}, got {what}</source>
        <translation>ожидалось одно из значений {choices}, а получено {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{tables} given; layers of {sizes} neurons need {m}</source>
        <translation>{tables}, а слоям из {sizes} нейронов нужно {m}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rows}; expected {m} (one per input)</source>
        <translation>{rows}, а нужно {m} (по одной на каждый вход)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{weights}; expected {m} (one per neuron)</source>
        <translation>{weights}, а нужно {m} (по одному на каждый нейрон)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no learning rate, but iterations were trained after it: only the last part may</source>
        <translation>не указана скорость обучения, но после неё были итерации обучения: так может быть только у последней части</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>given, but the scenario&apos;s bias is off</source>
        <translation>заданы, но смещение в сценарии выключено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing: the scenario&apos;s bias is on</source>
        <translation>отсутствуют, а смещение в сценарии включено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{vectors} given; the network has {m} layers</source>
        <translation>{vectors}, а число слоёв сети — {m}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} given for {m} iterations; expected one per iteration</source>
        <translation>число значений ({n}) не совпадает с числом итераций ({m}); нужно по одному на каждую итерацию</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the seed must be from 0 to {high}, not {what}</source>
        <translation>зерно должно быть от 0 до {high}, а не {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the layer sizes must be whole numbers, like [3, 4, 1]</source>
        <translation>размеры слоёв должны быть целыми числами, например [3, 4, 1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a network needs at least an input layer and an output layer</source>
        <translation>сети нужны хотя бы входной и выходной слои</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer {layer} has {neurons}; a layer needs from 1 to {m}</source>
        <translation>в слое {layer} — {neurons}, а в слое может быть от 1 до {m}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a network needs at least one weight matrix</source>
        <translation>сети нужна хотя бы одна матрица весов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is not one of {choices}</source>
        <translation>{what} — не одно из значений {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReLU is for hidden layers, and this network has none: its output neuron needs the sigmoid, tanh or the step function (or add a hidden layer)</source>
        <translation>ReLU — для скрытых слоёв, а в этой сети их нет: выходному нейрону нужна сигмоида, tanh или ступенчатая функция (или добавьте скрытый слой)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the step function learns by the perceptron rule, which trains a single layer: remove the hidden layers, or choose another activation</source>
        <translation>ступенчатая функция обучается по правилу перцептрона, которое обучает только один слой: уберите скрытые слои или выберите другую функцию активации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cross-entropy needs a sigmoid output neuron (the sigmoid or ReLU activation), not {activation}: choose the mean squared error, or another activation</source>
        <translation>перекрёстной энтропии нужен выходной нейрон с сигмоидой (функция активации сигмоида или ReLU), а не {activation}: выберите средний квадрат ошибки или другую функцию активации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the weights of layer {layer} must be a table of numbers</source>
        <translation>веса слоя {layer} должны быть таблицей чисел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weights of layer {layer} must be a table (inputs × neurons)</source>
        <translation>веса слоя {layer} должны быть таблицей (входы × нейроны)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>layer {layer} is too large: at most {n} inputs and neurons</source>
        <translation>
            <numerusform>слой {layer} слишком большой: в слое может быть не больше {n} входа и нейрона</numerusform>
            <numerusform>слой {layer} слишком большой: в слое может быть не больше {n} входов и нейронов</numerusform>
            <numerusform>слой {layer} слишком большой: в слое может быть не больше {n} входов и нейронов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>layer {layer} has {neurons} but layer {next}&apos;s weights expect {n} inputs</source>
        <translation>
            <numerusform>в слое {layer} — {neurons}, а веса слоя {next} рассчитаны на {n} вход</numerusform>
            <numerusform>в слое {layer} — {neurons}, а веса слоя {next} рассчитаны на {n} входа</numerusform>
            <numerusform>в слое {layer} — {neurons}, а веса слоя {next} рассчитаны на {n} входов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the bias of layer {layer} must be {n} numbers</source>
        <translation>
            <numerusform>смещение слоя {layer} должно состоять из {n} числа</numerusform>
            <numerusform>смещение слоя {layer} должно состоять из {n} чисел</numerusform>
            <numerusform>смещение слоя {layer} должно состоять из {n} чисел</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{vectors} given for {layers}</source>
        <translation>{vectors} на {layers}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weight ({position}) of layer {layer} is not a finite number</source>
        <translation>вес ({position}) слоя {layer} — не конечное число</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bias ({position}) of layer {layer} is not a finite number</source>
        <translation>смещение ({position}) слоя {layer} — не конечное число</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the inputs must be a table of situations, one row each</source>
        <translation>входы должны быть таблицей ситуаций, по строке на каждую</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the inputs must be a list of situations, each a list of numbers</source>
        <translation>входы должны быть списком ситуаций, каждая — список чисел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>situation {situation} has {inputs}; the network expects {m}</source>
        <translation>в ситуации {situation} — {inputs}, а сеть ожидает {m}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>situation {situation} is not a list of numbers</source>
        <translation>ситуация {situation} — не список чисел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>situation {situation}, input {input} is not a number</source>
        <translation>ситуация {situation}, вход {input} — не число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>situation {situation}, input {input} is {value}; inputs must be between {low} and {high}</source>
        <translation>ситуация {situation}, вход {input} равен {value}; входы должны быть от {low} до {high}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the expected outputs must be a list with {numbers} per situation</source>
        <translation>ожидаемые выходы должны быть списком, у каждой ситуации — {numbers}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the expected output of situation {situation} must be {numbers}</source>
        <translation>ожидаемый выход ситуации {situation}: нужно {numbers}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the expected outputs must be a table with {numbers} per situation</source>
        <translation>ожидаемые выходы должны быть таблицей, у каждой ситуации — {numbers}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each situation needs {numbers} as its expected output, not {m}</source>
        <translation>ожидаемый выход каждой ситуации: нужно {numbers}, а не {m}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the expected output of situation {situation} is {value}; it must be between {low} and {high}</source>
        <translation>ожидаемый выход ситуации {situation} равен {value}; он должен быть от {low} до {high}</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>the cell is empty; expected a number from 0 to 1</source>
        <translation>ячейка пуста; ожидалось число от 0 до 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} is not a number</source>
        <translation>{text} — не число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} must be a number from 0 to 1</source>
        <translation>{text}: нужно число от 0 до 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a number, got {what}</source>
        <translation>ожидалось число, а найдено: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is out of range; it must be a number from {low} to {high}</source>
        <translation>{what} — вне допустимых пределов; нужно число от {low} до {high}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a whole number, got {what}</source>
        <translation>ожидалось целое число, а найдено: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is out of range; it must be a whole number from {low} to {high}</source>
        <translation>{what} — вне допустимых пределов; нужно целое число от {low} до {high}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a list, got {what}</source>
        <translation>ожидался список, а найдено: {what}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} entries; at most {m} are allowed</source>
        <translation>
            <numerusform>{n} элемент, а можно не больше {m}</numerusform>
            <numerusform>{n} элемента, а можно не больше {m}</numerusform>
            <numerusform>{n} элементов, а можно не больше {m}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a text, got {what}</source>
        <translation>ожидался текст, а найдено: {what}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} characters; at most {m} are allowed</source>
        <translation>
            <numerusform>{n} символ, а можно не больше {m}</numerusform>
            <numerusform>{n} символа, а можно не больше {m}</numerusform>
            <numerusform>{n} символов, а можно не больше {m}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the riddle needs at least one input</source>
        <translation>в загадке должен быть хотя бы один вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one situation is needed</source>
        <translation>нужна хотя бы одна ситуация</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected true or false, got {what}</source>
        <translation>ожидалось true или false, а найдено: {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be combined with bias (switch bias off, or let the seed choose the weights)</source>
        <translation>нельзя задать вместе со смещением (выключите смещение или дайте зерну выбрать веса)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{numbers}; expected {m} (every weight, then every bias, layer by layer)</source>
        <translation>{numbers}; ожидалось {m} (все веса, затем все смещения, слой за слоем)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rows} of weights for {m} iterations; expected one each</source>
        <translation>{rows} весов на {m} итераций; ожидалась одна строка на итерацию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a scenario (a JSON object), got {what}</source>
        <translation>ожидался сценарий (объект JSON), а найдено: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an nngui scenario (the &quot;format&quot; field is missing or wrong)</source>
        <translation>это не сценарий nngui (поля «format» нет или оно неверное)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version {n} is not supported; this nngui reads version {m}</source>
        <translation>версия {n} не поддерживается; эта версия программы nngui читает версию {m}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown field {name}</source>
        <translation>неизвестное поле {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the field &quot;{name}&quot; is missing</source>
        <translation>нет поля «{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an object with &quot;inputs&quot; and &quot;output&quot;, got {what}</source>
        <translation>ожидался объект с полями «inputs» и «output», а найдено: {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected an object, got {what}</source>
        <translation>ожидался объект, а найдено: {what}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there are no situations to learn from</source>
        <translation>нет ситуаций, на которых можно учиться</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the learning rate must be a number from 0 to {high}, not {what}</source>
        <translation>скорость обучения должна быть числом от 0 до {high}, а не {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number of iterations must be a whole number ≥ 0, not {what}</source>
        <translation>число итераций должно быть целым числом ≥ 0, а не {what}</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>nothing (null)</source>
        <translation>ничего (null)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true (true/false)</source>
        <translation>true (логическое значение)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>false (true/false)</source>
        <translation>false (логическое значение)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number with too many digits</source>
        <translation>число со слишком большим количеством цифр</translation>
    </message>
    <message>
        <location filename="../../nngui/model/lesson_texts.py" line="+13"/>
        <source>step {step}</source>
        <translation>шаг {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>condition {condition}</source>
        <translation>условие {condition}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hint {hint}</source>
        <translation>подсказка {hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choice {choice}</source>
        <translation>вариант {choice}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field &quot;{name}&quot;</source>
        <translation>поле «{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its scenario</source>
        <translation>его сценарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share code</source>
        <translation>код для передачи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an nngui lesson (the &quot;format&quot; field is missing or wrong)</source>
        <translation>это не урок nngui (поля «format» нет или оно неверное)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a lesson (a JSON object), got {what}</source>
        <translation>ожидался урок (объект JSON), а найдено: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a lesson needs at least one step</source>
        <translation>в уроке должен быть хотя бы один шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a text, or an object with &quot;en&quot; and &quot;ru&quot; texts, got {what}</source>
        <translation>ожидался текст или объект с текстами «en» и «ru», а найдено: {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown word {name}; known are: {known}</source>
        <translation>неизвестное слово {name}; известны: {known}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this check compares the learner&apos;s answer, but the step asks for none (&quot;answer&quot;)</source>
        <translation>это условие сравнивает ответ ученика, но шаг ответа не спрашивает (нет поля «answer»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;low&quot; ({low}) is above &quot;high&quot; ({high})</source>
        <translation>«low» ({low}) больше, чем «high» ({high})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no lesson called {name}</source>
        <translation>нет урока с названием {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a name: use small letters, digits and _, starting with a letter</source>
        <translation>{name} — не имя: используйте строчные латинские буквы, цифры и _, начиная с буквы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a choice needs at least two answers to choose from</source>
        <translation>для выбора нужно не меньше двух ответов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a share code of nngui (it should start with {prefix})</source>
        <translation>это не код для передачи nngui (он должен начинаться с {prefix})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the share code is damaged or incomplete</source>
        <translation>код для передачи повреждён или неполон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} characters; a share code may have at most {m}</source>
        <translation>{n} символов; в коде для передачи может быть не больше {m}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it unpacks to more than {limit} kB; a share code may hold at most that</source>
        <translation>после распаковки больше {limit} КБ; больше код для передачи вмещать не может</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds neither a scenario nor a lesson</source>
        <translation>в нём нет ни сценария, ни урока</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <location filename="../../nngui/qt/widgets/diagram_editor.py" line="+68"/>
        <source>Type a weight, then press Enter (Esc cancels)</source>
        <translation>Введите вес и нажмите Enter (Esc — отмена)</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/widgets/diagram.py" line="+278"/>
        <source>Weight from {0} to {1}: {2}</source>
        <translation>Вес связи {0} → {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/widgets/diagram_reading.py" line="-58"/>
        <source>input {0}</source>
        <translation>вход {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+38"/>
        <source>the output</source>
        <translation>выход</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>output {0}</source>
        <translation>выход {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden neuron {0} of layer {1}</source>
        <translation>скрытый нейрон {0} слоя {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Input {0}</source>
        <translation>Вход {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Output</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Output {0}</source>
        <translation>Выход {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden neuron {0} of layer {1}</source>
        <translation>Скрытый нейрон {0} слоя {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Input</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inputs</source>
        <translation>Входы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outputs</source>
        <translation>Выходы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden layer {0}</source>
        <translation>Скрытый слой {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Layers: {0}.</source>
        <translation>Слои: {0}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The arrow keys pick a weight; Enter changes it.</source>
        <translation>Клавиши со стрелками выбирают вес, Enter изменяет его.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The arrow keys pick a weight.</source>
        <translation>Клавиши со стрелками выбирают вес.</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/widgets/diagram_items.py" line="+254"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/widgets/diagram_legend.py" line="-52"/>
        <source>positive</source>
        <translation>положительный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative</source>
        <translation>отрицательный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>near 0</source>
        <translation>около 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thickness = |weight|:</source>
        <translation>толщина = |вес|:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>neuron output:</source>
        <translation>выход нейрона:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>double-click a line to change its weight</source>
        <translation>двойной щелчок по линии меняет её вес</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Blue lines are positive weights, orange lines negative ones, grey lines near zero; the larger the weight, the thicker its line. Darker neurons have larger outputs.</source>
        <translation>Синие линии — положительные веса, оранжевые — отрицательные, серые — близкие к нулю; чем больше вес, тем толще линия. Чем темнее нейрон, тем больше его выход.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Negative weights are drawn dashed.</source>
        <translation>Отрицательные веса нарисованы пунктиром.</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/widgets/diagram.py" line="+287"/>
        <source>The weights cannot be edited right now</source>
        <translation>Сейчас веса менять нельзя</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/widgets/diagram_editor.py" line="-39"/>
        <source>Type a number, for example 2.5</source>
        <translation>Введите число, например 2,5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” is not a number; type one like -4.63</source>
        <translation>«{0}» — не число; введите, например, -4,63</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A weight must be a finite number</source>
        <translation>Вес должен быть конечным числом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A weight must be between {0} and {1}</source>
        <translation>Вес должен быть от {0} до {1}</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../../nngui/qt/messages.py" line="+4"/>
        <source>The article&apos;s task</source>
        <translation>Задача из статьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four situations of three inputs; the hidden rule is &apos;the output is the first input&apos;. What is the answer to the riddle 1 0 0?</source>
        <translation>Четыре ситуации по три входа; скрытое правило — «выход равен первому входу». Какой ответ у загадки 1 0 0?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The article&apos;s worked example</source>
        <translation>Пример расчёта из статьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The iteration the article computes by hand: all weights start at 0.5. Press Step once and compare with the article.</source>
        <translation>Итерация, которую статья рассчитывает вручную: в начале все веса равны 0,5. Нажмите «Шаг» один раз и сравните со статьёй.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two layers</source>
        <translation>Два слоя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seven situations a single neuron cannot learn (XOR-like); a hidden layer of 4 neurons can. What is the answer for 1 1 0?</source>
        <translation>Семь ситуаций, которые один нейрон выучить не может (похоже на XOR), а скрытый слой из 4 нейронов — может. Какой ответ для 1 1 0?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AND</source>
        <translation>И (AND)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output is 1 only when both inputs are 1. The third input is always 1 (it plays the role of a bias).</source>
        <translation>Выход равен 1, только когда оба входа равны 1. Третий вход всегда 1 (он играет роль смещения).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OR</source>
        <translation>ИЛИ (OR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output is 1 when at least one input is 1. The third input is always 1 (a bias).</source>
        <translation>Выход равен 1, когда хотя бы один вход равен 1. Третий вход всегда 1 (смещение).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAND</source>
        <translation>И-НЕ (NAND)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output is 0 only when both inputs are 1. The third input is always 1 (a bias).</source>
        <translation>Выход равен 0, только когда оба входа равны 1. Третий вход всегда 1 (смещение).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XOR</source>
        <translation>Исключающее ИЛИ (XOR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output is 1 when exactly one input is 1. One neuron cannot learn this; add a hidden layer (try 4). The third input is always 1 (a bias).</source>
        <translation>Выход равен 1, когда ровно один вход равен 1. Один нейрон этого не выучит; добавьте скрытый слой (попробуйте 4). Третий вход всегда 1 (смещение).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XOR with a hidden layer</source>
        <translation>Исключающее ИЛИ (XOR) со скрытым слоем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XOR solved: a hidden layer of 4 neurons learns what one neuron cannot. Compare its loss with the XOR preset&apos;s, which is stuck. The third input is always 1 (a bias).</source>
        <translation>XOR решён: скрытый слой из 4 нейронов выучивает то, чего не может выучить один нейрон. Сравните ошибку сети здесь и в примере «Исключающее ИЛИ (XOR)», где она перестаёт уменьшаться. Третий вход всегда 1 (смещение).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First two equal</source>
        <translation>Первые два равны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output is 1 when the first two inputs are equal (XNOR); the third input does not matter. One neuron cannot learn this; a hidden layer of 4 with a bias can.</source>
        <translation>Выход равен 1, когда первые два входа равны (XNOR); третий вход не важен. Один нейрон этого не выучит, а скрытый слой из 4 нейронов со смещением — выучит.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NOT first input</source>
        <translation>Отрицание первого входа (NOT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output is the opposite of the first input; the others do not matter. The bias is on: when every input is 0, a neuron without a bias can only answer 0.5.</source>
        <translation>Выход противоположен первому входу; остальные не важны. Смещение включено: когда все входы равны 0, нейрон без смещения может ответить только 0,5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Majority of three</source>
        <translation>Большинство из трёх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output is 1 when at least two of the three inputs are 1. The bias is on: when every input is 0, a neuron without a bias can only answer 0.5.</source>
        <translation>Выход равен 1, когда хотя бы два входа из трёх равны 1. Смещение включено: когда все входы равны 0, нейрон без смещения может ответить только 0,5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Odd parity (XOR of three)</source>
        <translation>Нечётное число единиц (XOR трёх входов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output is 1 when an odd number of inputs is 1. A hidden layer (and a bias) can learn the seven situations, but the riddle 1 1 1 is not among them: what does the network guess, and is it right?</source>
        <translation>Выход равен 1, когда нечётное число входов равно 1. Скрытый слой (со смещением) может выучить семь ситуаций, но загадки 1 1 1 среди них нет: что сеть угадает и права ли она?</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../nngui/qt/file_dialog.py" line="-42"/>
        <location line="+29"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Папка</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-79"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
</context>
<context>
    <name>RiddleModel</name>
    <message>
        <location filename="../../nngui/qt/models.py" line="+308"/>
        <source>Riddle, input {0}: {1}
Click to switch between 0 and 1, double-click to type a value</source>
        <translation>Загадка, вход {0}: {1}
Щелчок переключает значение между 0 и 1, двойной щелчок позволяет ввести число</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The network&apos;s answer for the riddle appears here</source>
        <translation>Здесь появится ответ сети на загадку</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The network&apos;s answer for the riddle: {0}</source>
        <translation>Ответ сети на загадку: {0}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the network answers for the riddle</source>
        <translation>Что сеть отвечает на загадку</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Input {0} of the riddle</source>
        <translation>Вход {0} загадки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Riddle</source>
        <translation>Загадка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The riddle: a new situation whose output the network has to guess</source>
        <translation>Загадка: новая ситуация, выход которой сеть должна угадать</translation>
    </message>
</context>
<context>
    <name>RunNotifier</name>
    <message>
        <location filename="../../nngui/qt/notify.py" line="+82"/>
        <source>Training finished. {0}.</source>
        <extracomment>A run that trained at least this many seconds (pauses left out) is worth a notification. How long a desktop notification stays, in milliseconds. How long the status bar keeps saying it once the learner is back at the window, in milliseconds.</extracomment>
        <translation>Обучение завершено. {0}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nngui: training finished</source>
        <translation>nngui: обучение завершено</translation>
    </message>
</context>
<context>
    <name>ScenarioDocument</name>
    <message>
        <location filename="../../nngui/qt/document.py" line="+206"/>
        <source>Set situation {0}, output to {1}</source>
        <translation>выход ситуации {0} = {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set situation {0}, input {1} to {2}</source>
        <translation>вход {1} ситуации {0} = {2}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Set riddle input {0} to {1}</source>
        <translation>вход {0} загадки = {1}</translation>
    </message>
    <message>
        <location filename="../../nngui/model/texts.py" line="+167"/>
        <source>Every input and the output must be a number from 0 to 1</source>
        <translation>Все входы и выход должны быть числами от 0 до 1</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/document.py" line="+33"/>
        <source>Add situation {0}</source>
        <translation>добавление ситуации {0}</translation>
    </message>
    <message>
        <location filename="../../nngui/model/texts.py" line="+2"/>
        <source>At least one situation is needed: the last one cannot be removed</source>
        <translation>Нужна хотя бы одна ситуация: последнюю удалить нельзя</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/document.py" line="+17"/>
        <source>Remove situation {0}</source>
        <translation>удаление ситуации {0}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add input {0}</source>
        <translation>добавление входа {0}</translation>
    </message>
    <message>
        <location filename="../../nngui/model/texts.py" line="+3"/>
        <source>The network needs at least one input: the last one cannot be removed</source>
        <translation>Сети нужен хотя бы один вход: последний удалить нельзя</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/document.py" line="+14"/>
        <source>Remove input {0}</source>
        <translation>удаление входа {0}</translation>
    </message>
    <message>
        <location filename="../../nngui/model/texts.py" line="+2"/>
        <source>Every situation needs its inputs and one output</source>
        <translation>У каждой ситуации должны быть входы и один выход</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every input and output must be a number from 0 to 1</source>
        <translation>Все входы и выходы должны быть числами от 0 до 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bias must be on or off</source>
        <translation>Смещение может быть только включено или выключено</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Situation {situation}, output</source>
        <translation>Ситуация {situation}, выход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situation {situation}, input {input}</source>
        <translation>Ситуация {situation}, вход {input}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: &apos;{value}&apos; is not a number from 0 to 1</source>
        <translation>{where}: «{value}» — не число от 0 до 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riddle, input {input}: &apos;{value}&apos; is not a number from 0 to 1</source>
        <translation>Загадка, вход {input}: «{value}» — не число от 0 до 1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every situation needs the same number of inputs (1 to {m})</source>
        <translation>У всех ситуаций должно быть одинаковое число входов (от 1 до {m})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learning rate: {value} must be a number from 0 to {high}</source>
        <translation>Скорость обучения: нужно число от 0 до {high}, а не {value}</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>At most {n} situations are allowed</source>
        <translation>
            <numerusform>Можно не больше {n} ситуации</numerusform>
            <numerusform>Можно не больше {n} ситуаций</numerusform>
            <numerusform>Можно не больше {n} ситуаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A situation needs {n} inputs, not {m}</source>
        <translation>
            <numerusform>В ситуации должен быть {n} вход, а не {m}</numerusform>
            <numerusform>В ситуации должно быть {n} входа, а не {m}</numerusform>
            <numerusform>В ситуации должно быть {n} входов, а не {m}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>At most {n} inputs are allowed</source>
        <translation>
            <numerusform>Можно не больше {n} входа</numerusform>
            <numerusform>Можно не больше {n} входов</numerusform>
            <numerusform>Можно не больше {n} входов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The riddle needs {n} numbers from 0 to 1</source>
        <translation>
            <numerusform>В загадке должно быть {n} число от 0 до 1</numerusform>
            <numerusform>В загадке должно быть {n} числа от 0 до 1</numerusform>
            <numerusform>В загадке должно быть {n} чисел от 0 до 1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Hidden layers: at most {n} layers are allowed</source>
        <translation>
            <numerusform>Скрытые слои: можно не больше {n} слоя</numerusform>
            <numerusform>Скрытые слои: можно не больше {n} слоёв</numerusform>
            <numerusform>Скрытые слои: можно не больше {n} слоёв</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden layers: each layer needs a whole number of neurons from 1 to {m}</source>
        <translation>Скрытые слои: в каждом слое должно быть целое число нейронов от 1 до {m}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Iterations</source>
        <translation>Число итераций</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: {value} must be a whole number from 0 to {high}</source>
        <translation>{what}: нужно целое число от 0 до {high}, а не {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Initial weights: the layers {sizes} need matrices of shapes {shapes}</source>
        <translation>Начальные веса: слоям {sizes} нужны матрицы размеров {shapes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to paste: copy some cells first</source>
        <translation>Вставлять нечего: сначала скопируйте ячейки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot paste: row {row} of the copied cells has {n} cells, the first row {m}</source>
        <translation>Не удаётся вставить: в скопированных ячейках строки разной длины (в строке {row} — {n}, в первой — {m})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot paste {n} columns here: from this column there is room for {m}</source>
        <translation>Не удаётся вставить сюда столько столбцов ({n}): начиная с этого столбца, помещается только {m}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot paste: row {row}, column {column} of the copied cells: {what}</source>
        <translation>Не удаётся вставить: строка {row}, столбец {column} скопированных ячеек: {what}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nngui/qt/document.py" line="-154"/>
        <source>Change %Ln cells</source>
        <extracomment>The learning rules&apos; settings (issue 16) and the values each may take, the article&apos;s first.</extracomment>
        <translation>
            <numerusform>изменение %Ln ячейки</numerusform>
            <numerusform>изменение %Ln ячеек</numerusform>
            <numerusform>изменение %Ln ячеек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Paste %Ln cells</source>
        <translation>
            <numerusform>вставка %Ln ячейки</numerusform>
            <numerusform>вставка %Ln ячеек</numerusform>
            <numerusform>вставка %Ln ячеек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Change %Ln riddle inputs</source>
        <translation>
            <numerusform>изменение %Ln входа загадки</numerusform>
            <numerusform>изменение %Ln входов загадки</numerusform>
            <numerusform>изменение %Ln входов загадки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>Remove %Ln situations</source>
        <translation>
            <numerusform>удаление %Ln ситуации</numerusform>
            <numerusform>удаление %Ln ситуаций</numerusform>
            <numerusform>удаление %Ln ситуаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>Import %Ln situations</source>
        <translation>
            <numerusform>импорт %Ln ситуации</numerusform>
            <numerusform>импорт %Ln ситуаций</numerusform>
            <numerusform>импорт %Ln ситуаций</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Set learning rate to {0}</source>
        <translation>скорость обучения = {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set iterations to {0}</source>
        <translation>число итераций = {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set seed to {0}</source>
        <translation>зерно = {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn bias on</source>
        <translation>включение смещения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn bias off</source>
        <translation>выключение смещения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set activation to {0}</source>
        <translation>функция активации = {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set updates to {0}</source>
        <translation>калибровка = {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set loss to {0}</source>
        <translation>ошибка сети = {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the hidden layers</source>
        <translation>удаление скрытых слоёв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set hidden layers to {0}</source>
        <translation>скрытые слои = {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sigmoid</source>
        <translation>сигмоида</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step function</source>
        <translation>ступенчатая функция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all situations at once</source>
        <translation>по всем ситуациям сразу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one situation at a time</source>
        <translation>по одной ситуации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one at a time, shuffled</source>
        <translation>по одной, вперемешку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean squared error</source>
        <translation>средний квадрат ошибки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cross-entropy</source>
        <translation>перекрёстная энтропия</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use random initial weights</source>
        <translation>случайные начальные веса</translation>
    </message>
    <message>
        <location filename="../../nngui/model/texts.py" line="-10"/>
        <source>Initial weights cannot be combined with bias</source>
        <translation>Начальные веса нельзя задать вместе со смещением</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Initial weights must be finite numbers</source>
        <translation>Начальные веса должны быть конечными числами</translation>
    </message>
    <message>
        <location filename="../../nngui/qt/document.py" line="+6"/>
        <source>Set initial weights</source>
        <translation>задание начальных весов</translation>
    </message>
</context>
<context>
    <name>ScriptTexts</name>
    <message>
        <location filename="../../nngui/model/codegen.py" line="+30"/>
        <source>A scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: one sigmoid neuron in plain NumPy, written out by nngui.</source>
        <translation>{0}: один нейрон с сигмоидой на чистом NumPy; скрипт написан программой nngui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: a network of sigmoid neurons in plain NumPy, written out by nngui.</source>
        <translation>{0}: сеть из нейронов с сигмоидой на чистом NumPy; скрипт написан программой nngui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neurons in each hidden layer: {0}.</source>
        <translation>Нейронов в скрытых слоях: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It learns in the article&apos;s four steps (see the loop) and needs only NumPy.</source>
        <translation>Сеть учится по четырём шагам из статьи (они в цикле ниже); нужен только NumPy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The article&apos;s 1 / (1 + e^-x). For x below -709, e^-x overflows to infinity, and 1 / (1 + infinity) is 0, the right answer: so NumPy need not warn about it.</source>
        <translation>Сигмоида из статьи: 1 / (1 + e^-x). Когда x меньше -709, e^-x переполняется до бесконечности, а 1 / (1 + бесконечность) равно 0 — это верный ответ, так что предупреждать об этом NumPy незачем.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The situations: the inputs of each one (a row) and the output we expect for it.</source>
        <translation>Ситуации: входные данные каждой (по строке) и выход, который мы от неё ждём.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The starting weights, as set in nngui (one row per input).</source>
        <translation>Начальные веса, как их задали в nngui (по строке на каждый вход).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random starting weights from -1 to 1 (seed {0}: the same ones every run).</source>
        <translation>Случайные начальные веса от -1 до 1 (зерно {0}: при каждом запуске одни и те же).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A matrix for each layer: one row per input, one column per neuron.</source>
        <translation>По матрице на каждый слой: строка на каждый вход, столбец на каждый нейрон.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The biases: one extra weight per neuron, for an input that is always 1.</source>
        <translation>Смещения: у каждого нейрона ещё один вес — для входа, который всегда равен 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>how big each adjustment is</source>
        <translation>насколько велика каждая калибровка весов</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>4. Repeat, {0} times.</source>
        <translation>
            <numerusform>4. Повторяем {0} раз.</numerusform>
            <numerusform>4. Повторяем {0} раза.</numerusform>
            <numerusform>4. Повторяем {0} раз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Repeat, once.</source>
        <translation>4. Повторяем всего один раз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. Weigh the inputs and normalise the sum with the sigmoid.</source>
        <translation>1. Взвешиваем входные данные и нормализуем сумму сигмоидой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1. Weigh and normalise, layer by layer: each layer&apos;s outputs feed the next.</source>
        <translation>1. Взвешиваем и нормализуем слой за слоем: выходы одного слоя — входы следующего.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2. The error: the expected output minus the network&apos;s output.</source>
        <translation>2. Ошибка: ожидаемый выход минус выход сети.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3. Calibrate: the sigmoid&apos;s slope out * (1 - out) is small for a sure neuron.</source>
        <translation>3. Калибруем веса: наклон сигмоиды выход × (1 − выход) мал, когда нейрон уверен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3. Calibrate, from the output back to the inputs. A hidden layer&apos;s error is the delta of the layer above sent back through its weights (before they change); like nngui, it is capped at ±{0} (only absurd weights reach that).</source>
        <translation>3. Калибруем веса, от выхода назад ко входам. Ошибка скрытого слоя — это дельта следующего слоя, отправленная назад через его веса (пока они не изменились); как и в nngui, она ограничена ±{0} (такое бывает только при абсурдных весах).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The riddle goes through the trained network the same way.</source>
        <translation>Загадка проходит через обученную сеть тем же путём.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weights after training:</source>
        <translation>Веса после обучения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riddle</source>
        <translation>Загадка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: one tanh neuron in plain NumPy, written out by nngui.</source>
        <translation>{0}: один нейрон с tanh (гиперболическим тангенсом) на чистом NumPy; скрипт написан программой nngui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: one neuron with the step function (Rosenblatt&apos;s perceptron) in plain NumPy, written out by nngui.</source>
        <translation>{0}: один нейрон со ступенчатой функцией (перцептрон Розенблатта) на чистом NumPy; скрипт написан программой nngui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: a network of tanh neurons in plain NumPy, written out by nngui.</source>
        <translation>{0}: сеть нейронов с tanh (гиперболическим тангенсом) на чистом NumPy; скрипт написан программой nngui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: a network of ReLU neurons with a sigmoid output neuron in plain NumPy, written out by nngui.</source>
        <translation>{0}: сеть нейронов с ReLU и выходным нейроном с сигмоидой на чистом NumPy; скрипт написан программой nngui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ReLU: the weighted sum itself when it is above 0, else 0; like nngui, capped at {0}.</source>
        <translation>ReLU: сама взвешенная сумма, когда она больше 0, иначе 0; как в программе nngui, не больше {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The step function: 1 when the weighted sum is above 0, else 0.</source>
        <translation>Ступенчатая функция: 1, когда взвешенная сумма больше 0, иначе 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order in which iteration number i (1, 2, ...) takes the n situations, as in nngui: each situation gets a key from SplitMix64 of (seed, iteration, situation), and they go in the order of their keys. (NumPy&apos;s uint64 tables wrap around silently, as meant.)</source>
        <translation>Порядок, в котором итерация номер i (1, 2, ...) берёт n ситуаций, как в программе nngui: каждая ситуация получает ключ SplitMix64 от (зерно, итерация, ситуация), и ситуации идут в порядке своих ключей. (Таблицы uint64 в NumPy молча переполняются по кругу, так и задумано.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Situations one at a time, in order: each adjusts the weights before the next.</source>
        <translation>Ситуации по одной, по порядку: каждая калибрует веса до следующей.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Situations one at a time, shuffled by seed {0}: each adjusts the weights before the next.</source>
        <translation>Ситуации по одной, вперемешку по зерну {0}: каждая калибрует веса до следующей.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1. Weigh the inputs and normalise the sum with tanh (from -1 to 1).</source>
        <translation>1. Взвешиваем входные данные и нормализуем сумму функцией tanh (от -1 до 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1. Weigh the inputs and normalise the sum with the step function.</source>
        <translation>1. Взвешиваем входные данные и нормализуем сумму ступенчатой функцией.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3. Calibrate: the slope of tanh, 1 - out * out, is small for a sure neuron.</source>
        <translation>3. Калибруем веса: наклон tanh, 1 − выход × выход, мал, когда нейрон уверен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3. Calibrate: the step function has no slope: the perceptron rule adjusts by the error itself.</source>
        <translation>3. Калибруем веса: у ступенчатой функции нет наклона, и правило перцептрона калибрует по самой ошибке.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3. Calibrate: with cross-entropy, the output&apos;s delta is the error itself (the sigmoid&apos;s slope cancels).</source>
        <translation>3. Калибруем веса: с перекрёстной энтропией дельта выхода — это сама ошибка (наклон сигмоиды сокращается).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The slope of tanh: 1 - out * out.</source>
        <translation>Наклон tanh: 1 − выход × выход.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slope of ReLU: 1 where its output is above 0 (and below the cap), else 0.</source>
        <translation>Наклон ReLU: 1, где её выход больше 0 (и меньше предела), иначе 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cross-entropy: the output&apos;s delta is the error itself (the sigmoid&apos;s slope cancels).</source>
        <translation>Перекрёстная энтропия: дельта выхода — это сама ошибка (наклон сигмоиды сокращается).</translation>
    </message>
</context>
<context>
    <name>SettingsBar</name>
    <message>
        <location filename="../../nngui/qt/widgets/controls.py" line="-312"/>
        <source>Settings</source>
        <extracomment>The learning rules&apos; settings, each with its values (the article&apos;s first), as the combos offer them.</extracomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Iterations:</source>
        <translation>&amp;Итераций:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Learning rate:</source>
        <translation>С&amp;корость обучения:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Зерно (начальное число):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden la&amp;yers:</source>
        <translation>Скр&amp;ытые слои:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Activation:</source>
        <translation>Функция &amp;активации:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Updates:</source>
        <translation>Ка&amp;либровка:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L&amp;oss:</source>
        <translation>О&amp;шибка сети:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spee&amp;d:</source>
        <translation>Ско&amp;рость показа:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many times Train repeats the four steps (the article uses 10,000)</source>
        <translation>Сколько раз кнопка «Обучить» повторяет четыре шага (в статье — 10 000)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How strongly each adjustment changes the weights (the article uses 1)</source>
        <translation>Насколько сильно каждая калибровка меняет веса (в статье — 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The random seed for the starting weights (the article uses 1); Reset uses it</source>
        <translation>Зерно — начальное число генератора случайных чисел, из которого получаются начальные веса (в статье — 1); его использует «Сброс»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sizes of hidden layers, e.g. 4 or 4, 3. Empty: the article&apos;s single neuron</source>
        <translation>Размеры скрытых слоёв, например 4 или 4, 3. Пусто — один нейрон, как в статье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training speed: from a watchable pace to as fast as possible</source>
        <translation>Скорость показа обучения: от медленной, за которой можно следить глазами, до максимальной</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sigmoid (the article)</source>
        <translation>Сигмоида (как в статье)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each neuron answers 1 / (1 + e^−sum): from 0 to 1, smoothly. The article&apos;s neuron.</source>
        <translation>Каждый нейрон отвечает 1 / (1 + e^−сумма): плавно, от 0 до 1. Нейрон из статьи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hyperbolic tangent: like the sigmoid, but from −1 to 1 and steeper in the middle. Its slope is 1 − output².</source>
        <translation>Гиперболический тангенс: как сигмоида, но от −1 до 1 и круче в середине. Его наклон равен 1 − выход².</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReLU (hidden layers)</source>
        <translation>ReLU (скрытые слои)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hidden neurons answer the sum itself, or 0 when it is negative; the output neuron stays a sigmoid. Needs a hidden layer.</source>
        <translation>Скрытые нейроны отвечают самой суммой или 0, если она отрицательна; выходной нейрон остаётся сигмоидой. Нужен скрытый слой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step (perceptron)</source>
        <translation>Ступенчатая (перцептрон)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each neuron answers 1 if its sum is above 0, else 0, and learns by Rosenblatt&apos;s perceptron rule. Only for a network without hidden layers.</source>
        <translation>Каждый нейрон отвечает 1, если его сумма больше 0, иначе 0, и обучается по правилу перцептрона Розенблатта. Только для сети без скрытых слоёв.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All situations at once (the article)</source>
        <translation>По всем ситуациям сразу (как в статье)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each iteration adjusts the weights once, by the errors of every situation together.</source>
        <translation>Каждая итерация калибрует веса один раз, по ошибкам всех ситуаций вместе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One situation at a time</source>
        <translation>По одной ситуации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each iteration adjusts the weights after each situation, in the table&apos;s order.</source>
        <translation>Каждая итерация калибрует веса после каждой ситуации, в порядке таблицы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One at a time, shuffled</source>
        <translation>По одной, вперемешку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each iteration adjusts the weights after each situation, in an order shuffled by the seed.</source>
        <translation>Каждая итерация калибрует веса после каждой ситуации, в порядке, перемешанном по зерну.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean squared error (the article)</source>
        <translation>Средний квадрат ошибки (как в статье)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loss is the mean of error²: a big mistake counts four times as much as a half as big one.</source>
        <translation>Ошибка сети — среднее ошибок²: большая ошибка весит вчетверо больше вдвое меньшей.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-entropy</source>
        <translation>Перекрёстная энтропия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loss punishes a confident wrong answer much more, so a sigmoid neuron that is very wrong still learns fast. Needs a sigmoid output neuron.</source>
        <translation>Ошибка сети наказывает уверенный неверный ответ гораздо сильнее, поэтому сильно ошибающийся нейрон с сигмоидой всё равно учится быстро. Нужен выходной нейрон с сигмоидой.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The activation function: how a neuron turns its weighted sum into its output (the article uses the sigmoid)</source>
        <translation>Функция активации: как нейрон превращает взвешенную сумму в свой выход (в статье — сигмоида)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the weights are adjusted: after all situations (the article), or after each one</source>
        <translation>Когда калибруются веса: после всех ситуаций (как в статье) или после каждой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the network&apos;s error is measured, and so how the weights are adjusted (the article uses the mean squared error)</source>
        <translation>Как измеряется ошибка сети, а значит, и как калибруются веса (в статье — средний квадрат ошибки)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}.
{1}: {2}</source>
        <translation>{0}.
{1}: {2}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>max</source>
        <translation>макс.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln it/s</source>
        <translation>
            <numerusform>%Ln итерация/с</numerusform>
            <numerusform>%Ln итерации/с</numerusform>
            <numerusform>%Ln итераций/с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nngui/model/texts.py" line="+12"/>
        <source>at most {n} hidden layers</source>
        <translation>
            <numerusform>не больше {n} скрытого слоя</numerusform>
            <numerusform>не больше {n} скрытых слоёв</numerusform>
            <numerusform>не больше {n} скрытых слоёв</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} is not a whole number</source>
        <translation>{text} — не целое число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a layer needs 1 to {m} neurons, not {n}</source>
        <translation>в слое может быть от 1 до {m} нейронов, а не {n}</translation>
    </message>
</context>
<context>
    <name>SituationsModel</name>
    <message>
        <location filename="../../nngui/qt/models.py" line="-167"/>
        <source>Situation {0}, expected output</source>
        <translation>Ситуация {0}, ожидаемый выход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Situation {0}, input {1}</source>
        <translation>Ситуация {0}, вход {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1}
Click to switch between 0 and 1, double-click to type a value</source>
        <translation>{0}: {1}
Щелчок переключает значение между 0 и 1, двойной щелчок позволяет ввести число</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Output</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The output each situation should give: what the network learns to answer</source>
        <translation>Выход, который ожидается в каждой ситуации: то, что сеть учится отвечать</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Input {0} of every situation</source>
        <translation>Вход {0} каждой ситуации</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Situation {0}</source>
        <translation>Ситуация {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Situation {0}: click to select it (to remove it)</source>
        <translation>Ситуация {0}: щёлкните, чтобы выделить её (например, чтобы удалить)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>The network answers this situation wrong.</source>
        <translation>Сеть отвечает на эту ситуацию неверно.</translation>
    </message>
</context>
<context>
    <name>SituationsView</name>
    <message>
        <location filename="../../nngui/qt/widgets/grid.py" line="+380"/>
        <source>Add situation</source>
        <translation>Добавить ситуацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a situation below the current one</source>
        <translation>Добавить ситуацию под текущей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove situation(s)</source>
        <translation>Удалить ситуации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected situations</source>
        <translation>Удалить выделенные ситуации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add input</source>
        <translation>Добавить вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an input (0 in every situation and in the riddle)</source>
        <translation>Добавить вход (0 во всех ситуациях и в загадке)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove input</source>
        <translation>Удалить вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the current input column (or the last input) from the situations and the riddle</source>
        <translation>Удалить текущий столбец входа (или последний вход) из ситуаций и загадки</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>Copied %Ln cells</source>
        <translation>
            <numerusform>Скопирована %Ln ячейка</numerusform>
            <numerusform>Скопированы %Ln ячейки</numerusform>
            <numerusform>Скопировано %Ln ячеек</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot import the situations: {0}</source>
        <translation>Не удаётся импортировать ситуации: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write {0}: {1}</source>
        <translation>Не удаётся записать {0}: {1}</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../../nngui/qt/widgets/timeline.py" line="+38"/>
        <source>no hidden layer</source>
        <extracomment>PgUp and PgDn move the slider by this share of the iterations.</extracomment>
        <translation>без скрытого слоя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden {0}</source>
        <translation>скрытые слои: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no seed</source>
        <translation>без зерна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seed {0}</source>
        <translation>зерно {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learning rate {0} · {1} · {2}</source>
        <translation>скорость обучения {0} · {1} · {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step function</source>
        <translation>ступенчатая функция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one at a time</source>
        <translation>по одной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one at a time, shuffled</source>
        <translation>по одной, вперемешку</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>cross-entropy</source>
        <translation>перекрёстная энтропия</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>the sigmoid</source>
        <translation>сигмоида</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReLU in the hidden layers</source>
        <translation>ReLU в скрытых слоях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the step function (the perceptron rule)</source>
        <translation>ступенчатая функция (правило перцептрона)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all situations at once</source>
        <translation>по всем ситуациям сразу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one situation at a time</source>
        <translation>по одной ситуации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one situation at a time, shuffled</source>
        <translation>по одной ситуации, вперемешку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mean squared error</source>
        <translation>средний квадрат ошибки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation: {0}. Updates: {1}. Loss: {2}.</source>
        <translation>Функция активации: {0}. Калибровка: {1}. Ошибка сети: {2}.</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+6"/>
        <source>Iteration {0} of {1}</source>
        <translation>Итерация {0} из {1}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Iteration {0}</source>
        <translation>Итерация {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pause or stop training to go back in time.</source>
        <translation>Приостановите или остановите обучение, чтобы вернуться назад во времени.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag, or use the arrow keys, Page Up/Down, Home and End, to show the network after any iteration.</source>
        <translation>Перетащите ползунок или нажимайте стрелки, Page Up/Down, Home и End, чтобы увидеть сеть после любой итерации.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✕ {0}. {1}</source>
        <translation>✕ {0}. {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this run off the loss plot.</source>
        <translation>Убрать это обучение с графика ошибки сети.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0}. {1} (this run)</source>
        <translation>{0}. {1} (это обучение)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the last iteration (End).</source>
        <translation>Вернуться к последней итерации (End).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run again from the same start</source>
        <translation>Обучить заново с тех же весов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this run&apos;s loss curve on the plot and train afresh from the same first weights with the settings now shown (up to five runs side by side).</source>
        <translation>Оставить кривую ошибки сети этого обучения на графике и обучить заново с тех же начальных весов и с настройками, которые заданы сейчас (до пяти обучений рядом).</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <location filename="../../nngui/qt/training.py" line="+443"/>
        <source>Training failed: {0}</source>
        <translation>Сбой обучения: {0}</translation>
    </message>
</context>
<context>
    <name>TrainingProgressBar</name>
    <message>
        <location filename="../../nngui/qt/widgets/progress.py" line="+30"/>
        <source>{0} h {1} min</source>
        <extracomment>The bar&apos;s range: a thousand steps move it smoothly across its width. A run that ends sooner than this after it started never shows the bar (no flash for short runs). Between reports (at a slow pace, one a second) the time left is counted down this often.</extracomment>
        <translation>{0}&#xa0;ч {1}&#xa0;мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} h</source>
        <translation>{0}&#xa0;ч</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} min</source>
        <translation>{0}&#xa0;мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} s</source>
        <translation>{0}&#xa0;с</translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>{0} of %Ln iterations of this run done.</source>
        <translation>
            <numerusform>В этом обучении сделано {0} из %Ln итерации.</numerusform>
            <numerusform>В этом обучении сделано {0} из %Ln итераций.</numerusform>
            <numerusform>В этом обучении сделано {0} из %Ln итераций.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>{0}% · paused</source>
        <translation>{0}&#xa0;% · пауза</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Paused: Resume goes on to the end of the run.</source>
        <translation>Пауза: «Продолжить» доведёт это обучение до конца.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}%</source>
        <translation>{0}&#xa0;%</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>{0}% · {1} left</source>
        <translation>{0}&#xa0;% · осталось {1}</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>About {0} left, at the chosen speed: {1}.</source>
        <translation>Осталось около {0} при выбранной скорости показа: {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About {0} left, at the speed of the last few seconds.</source>
        <translation>Осталось около {0} при скорости последних секунд.</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+118"/>
        <source>{0} min {1} s</source>
        <translation>{0}&#xa0;мин {1}&#xa0;с</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../../nngui/qt/session.py" line="-231"/>
        <source>Continue from iteration {0}</source>
        <translation>продолжение с итерации {0}</translation>
    </message>
    <message>
        <location line="+273"/>
        <source>You are looking at iteration {0}: press End to go back to the last iteration, or Train to continue from here, before editing weights.</source>
        <translation>Вы смотрите на итерацию {0}. Чтобы изменить веса, сначала нажмите End (вернуться к последней итерации) или «Обучить» (продолжить отсюда).</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>Trained %Ln iterations.</source>
        <translation>
            <numerusform>Обучение завершено за %Ln итерацию.</numerusform>
            <numerusform>Обучение завершено за %Ln итерации.</numerusform>
            <numerusform>Обучение завершено за %Ln итераций.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Training stopped after %Ln iterations.</source>
        <translation>
            <numerusform>Обучение остановлено после %Ln итерации.</numerusform>
            <numerusform>Обучение остановлено после %Ln итераций.</numerusform>
            <numerusform>Обучение остановлено после %Ln итераций.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingStatus</name>
    <message numerus="yes">
        <location filename="../../nngui/qt/widgets/status.py" line="+5"/>
        <source>%Ln iterations/s</source>
        <translation>
            <numerusform>%Ln итерация в секунду</numerusform>
            <numerusform>%Ln итерации в секунду</numerusform>
            <numerusform>%Ln итераций в секунду</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TruthTableModel</name>
    <message>
        <location filename="../../nngui/qt/widgets/truth_table.py" line="+135"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Situation</source>
        <translation>Ситуация</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+5"/>
        <source>Input {0}</source>
        <translation>Вход {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network&apos;s answer for these inputs</source>
        <translation>Ответ сети для этих входов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The expected output, where these inputs are one of the situations</source>
        <translation>Ожидаемый выход, если эти входы — одна из ситуаций</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓: the network was trained on these inputs (the situation&apos;s number)</source>
        <translation>✓: сеть обучалась на этих входах (номер ситуации)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The answer {0} is on the wrong side of 0.5</source>
        <translation>Ответ {0} неверный: он по другую сторону от 0,5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>riddle</source>
        <translation>загадка</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trained on: situation {0}</source>
        <translation>Сеть обучалась на ситуации {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These inputs are the riddle</source>
        <translation>Эти входы — загадка</translation>
    </message>
</context>
<context>
    <name>TruthTablePanel</name>
    <message>
        <location line="+119"/>
        <source>One neuron cannot learn these situations: no single weighted sum separates the 1s from the 0s (like XOR). Add a hidden layer.</source>
        <translation>Один нейрон не может выучить эти ситуации: никакая взвешенная сумма не отделяет единицы от нулей (как в XOR). Добавьте скрытый слой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a hidden layer</source>
        <translation>Добавить скрытый слой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No situations yet.</source>
        <translation>Ситуаций пока нет.</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>The network has %Ln inputs but the situations have {0}.</source>
        <translation>
            <numerusform>У сети %Ln вход, а у ситуаций — {0}.</numerusform>
            <numerusform>У сети %Ln входа, а у ситуаций — {0}.</numerusform>
            <numerusform>У сети %Ln входов, а у ситуаций — {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Too many inputs for a truth table: %Ln inputs would need 2^%n rows. A truth table is shown for up to {0} inputs.</source>
        <translation>
            <numerusform>Слишком много входов для таблицы истинности: для %Ln входа понадобилось бы 2^%n строк. Таблица истинности показывается, только если входов не больше {0}.</numerusform>
            <numerusform>Слишком много входов для таблицы истинности: для %Ln входов понадобилось бы 2^%n строк. Таблица истинности показывается, только если входов не больше {0}.</numerusform>
            <numerusform>Слишком много входов для таблицы истинности: для %Ln входов понадобилось бы 2^%n строк. Таблица истинности показывается, только если входов не больше {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every combination of the %Ln inputs ({0}).</source>
        <translation>
            <numerusform>Все комбинации нулей и единиц на %Ln входе ({0}).</numerusform>
            <numerusform>Все комбинации нулей и единиц на %Ln входах ({0}).</numerusform>
            <numerusform>Все комбинации нулей и единиц на %Ln входах ({0}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>✓ marks the %Ln rows the network was trained on; the other rows show how it answers inputs it has never seen.</source>
        <translation>
            <numerusform>Значком ✓ отмечена %Ln строка, на которой обучалась сеть; остальные строки показывают, как она отвечает на входы, которых никогда не видела.</numerusform>
            <numerusform>Значком ✓ отмечены %Ln строки, на которых обучалась сеть; остальные строки показывают, как она отвечает на входы, которых никогда не видела.</numerusform>
            <numerusform>Значком ✓ отмечены %Ln строк, на которых обучалась сеть; остальные строки показывают, как она отвечает на входы, которых никогда не видела.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contradictory situations: {0}. They have the same inputs but different expected outputs, so no network can answer all of them right.</source>
        <translation>Противоречивые ситуации: {0}. У них одинаковые входы, но разные ожидаемые выходы, так что никакая сеть не ответит правильно на все.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeated situations: {0}. They have the same inputs and the same expected output; each repeat counts again in training.</source>
        <translation>Повторяющиеся ситуации: {0}. У них одинаковые входы и одинаковый ожидаемый выход; каждый повтор снова учитывается при обучении.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Situation {0}: every input is 0, so one neuron without a bias always answers exactly 0.5 there.</source>
        <translation>Ситуация {0}: все входы равны 0, поэтому один нейрон без смещения всегда отвечает там ровно 0,5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Situation {0}: inputs other than 0 and 1, so not a row of this table.</source>
        <translation>Ситуация {0}: входы не только 0 и 1, поэтому её нет среди строк этой таблицы.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; and {0} more</source>
        <translation>; и ещё {0}</translation>
    </message>
</context>
<context>
    <name>WeightsPlot</name>
    <message>
        <location filename="../../nngui/qt/widgets/weights_plot.py" line="+28"/>
        <source>input {0}</source>
        <extracomment>A curve has at most about this many points (the kept iterations, evenly thinned).</extracomment>
        <translation>вход {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hidden {0}.{1}</source>
        <translation>скрытый {0}.{1}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>output {0}</source>
        <translation>выход {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+115"/>
        <source>The %Ln strongest weights at the last iteration are drawn</source>
        <translation>
            <numerusform>Показан %Ln самый сильный вес последней итерации</numerusform>
            <numerusform>Показаны %Ln самых сильных веса последней итерации</numerusform>
            <numerusform>Показаны %Ln самых сильных весов последней итерации</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(of {0}).</source>
        <translation>(из {0}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hover a curve to name its weight; the diagram shows its edge.</source>
        <translation>Наведите указатель на кривую, чтобы узнать, какой это вес; на схеме сети он будет выделен.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{0}: {1} at iteration {2}</source>
        <translation>{0}: {1} на итерации {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iteration</source>
        <translation>Итерация</translation>
    </message>
</context>
<context>
    <name>_ValueModel</name>
    <message>
        <location filename="../../nngui/qt/models.py" line="-143"/>
        <source>Input {0}</source>
        <translation>Вход {0}</translation>
    </message>
</context>
<context>
    <name>_ValueView</name>
    <message numerus="yes">
        <location filename="../../nngui/qt/widgets/grid.py" line="-246"/>
        <source>Switch %Ln cells</source>
        <translation>
            <numerusform>переключение %Ln ячейки</numerusform>
            <numerusform>переключение %Ln ячеек</numerusform>
            <numerusform>переключение %Ln ячеек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Clear %Ln cells</source>
        <translation>
            <numerusform>очистка %Ln ячейки</numerusform>
            <numerusform>очистка %Ln ячеек</numerusform>
            <numerusform>очистка %Ln ячеек</numerusform>
        </translation>
    </message>
</context>
</TS>
